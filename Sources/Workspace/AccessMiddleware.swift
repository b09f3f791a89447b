import Foundation
import HTTPTypes
import Hummingbird

/// Lets in only the browser that opened the printed address: `/open?token=…` with the access
/// token sets an HTTP-only, SameSite=Strict cookie and goes to the week; any other request without
/// that cookie gets 401 and nothing else. Every response carries the security headers.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = WorkspaceContext
    let secrets: WorkspaceSecrets

    /// The cookie's name.
    static let cookie = "po-plan-access"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if request.uri.path == "/open" {
            if WorkspaceSecrets.same(request.uri.queryParameters.get("token"), secrets.access) {
                response = Response(status: .seeOther, headers: [.location: Self.next(request.uri.queryParameters.get("next").map { String($0) })])
                response.headers[values: .setCookie].append("\(Self.cookie)=\(secrets.access); Path=/; HttpOnly; SameSite=Strict")
            } else {
                response = Self.unauthorized
            }
        } else if WorkspaceSecrets.same(request.cookies[Self.cookie]?.value, secrets.access) {
            do {
                response = try await next(request, context)
            } catch let error as HTTPResponseError {
                response = try error.response(from: request, context: context)
            } catch {
                // A file that cannot be written or read: said without details (they may name paths).
                response = Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: .init(byteBuffer: ByteBuffer(string: "500: the workspace could not do this; see the terminal where po-plan serve runs.\n")))
                context.logger.error("\(request.method) \(request.uri.path): \(error)")
            }
        } else {
            response = Self.unauthorized
        }
        Self.secure(&response.headers)
        return response
    }

    /// Where the printed address leads once the cookie is set: `next` when it is a page of this
    /// workspace (a path of letters, digits, `/`, `-`, `_`, `.`, `?`, `=`), else the week.
    static func next(_ given: String?) -> String {
        guard let given, given.hasPrefix("/"), !given.hasPrefix("//"), given.count <= 200,
              given.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/-_.?=&".unicodeScalars.contains($0)) })
        else { return "/week" }
        return given
    }

    /// 401: what to do, and nothing of the week.
    static var unauthorized: Response {
        Response(status: .unauthorized, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: "401: open the address that 'po-plan serve' printed.\n")))
    }

    /// The policy of the workspace's pages: its own script file only, nothing from elsewhere.
    static let workspacePolicy = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The policy of a published page shown as it is (report, team index, a person's page): the
    /// published page's own inline style and script (the index's search), nothing else, no form, no framing.
    static let publishedPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        + "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

    /// The headers of every response (a handler may give a stricter or a published page's policy): no script or style from elsewhere, no sniffing, no referrer,
    /// no framing, nothing kept in a cache.
    static func secure(_ headers: inout HTTPFields) {
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = workspacePolicy }
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[.cacheControl] = "no-store"
    }
}
