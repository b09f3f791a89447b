import Foundation
import HTTPTypes
import Hummingbird
import Publish
import Scheduling

/// Renders the workspace's pages for one request: the language, the event, the menu, the form
/// token and a message, merged with each page's own keys.
struct PageRenderer {
    let request: Request
    let secrets: WorkspaceSecrets
    let event: Event?
    let folderName: String
    let language: String
    let chosen: Bool

    init(_ request: Request, secrets: WorkspaceSecrets, event: Event?, folderName: String) {
        self.request = request
        self.secrets = secrets
        self.event = event
        self.folderName = folderName
        (language, chosen) = PageLanguage.of(request)
    }

    /// A phrase of the word tables in the page's language.
    func phrase(_ key: String, _ context: [String: Any] = [:]) -> String {
        WorkspacePages.phrase(key, context, language: language)
    }

    /// The page `layout` with `keys`; `menu` is the menu entry shown as current (`onWeek`…).
    func page(_ layout: String, _ keys: [String: Any], menu: String? = nil, message: String? = nil, refused: Bool = false,
              status: HTTPResponse.Status = .ok) -> Response {
        var context: [String: Any] = event.map { WorkspacePages.eventKeys($0, language: language) }
            ?? ["lang": language, "eventName": folderName, "bassin": false]
        context["path"] = request.uri.path
        context["csrf"] = secrets.forms
        context["message"] = message ?? false
        context["refused"] = refused
        context["script"] = true
        if let menu { context[menu] = true }
        context.merge(keys) { _, new in new }
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: WorkspacePages.render(layout, context, language: language))))
        if chosen {
            response.headers[values: .setCookie].append("\(PageLanguage.cookie)=\(language); Path=/; HttpOnly; SameSite=Strict")
        }
        return response
    }

    /// A page saying only `message` (a refusal, a page that does not exist).
    func refusal(_ message: String, status: HTTPResponse.Status) -> Response {
        page("wsRefusal", [:], message: message, refused: true, status: status)
    }
}
