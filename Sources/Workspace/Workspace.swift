import Foundation
import Hummingbird
import Import
import Scheduling

/// The team's workspace: its week folder, its secrets and the planning under way, and the router
/// of its pages (`routes`). Every page reads the folder as it is now; every change goes through
/// `WeekFolder`, one at a time.
public struct Workspace: Sendable {
    public let week: WeekFolder
    public let secrets: WorkspaceSecrets
    public let runs: PlanRuns

    public init(folder: URL, secrets: WorkspaceSecrets = WorkspaceSecrets()) {
        week = WeekFolder(url: folder)
        self.secrets = secrets
        runs = PlanRuns()
    }

    /// The plans of the week.
    var shelf: PlanShelf { PlanShelf(url: week.plansURL) }

    /// The router: the access check and security headers first, then every page and action.
    public func router() -> Router<WorkspaceContext> {
        let router = Router(context: WorkspaceContext.self)
        router.add(middleware: AccessMiddleware(secrets: secrets))
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/week"]) }
        router.get("/workspace.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: WorkspaceScript.text)))
        }
        addWeek(to: router)
        addInputs(to: router)
        addSupply(to: router)
        addPlan(to: router)
        addVariants(to: router)
        addPeople(to: router)
        addChanges(to: router)
        addSend(to: router)
        addDownloads(to: router)
        return router
    }

    /// The renderer of a page for `request`, with the week's event when it can be read.
    func renderer(_ request: Request, reading: InputReading? = nil) async -> PageRenderer {
        let event: Event?
        if let reading { event = reading.input?.event } else { event = await week.reading().input?.event }
        return PageRenderer(request, secrets: secrets, event: event, folderName: week.url.lastPathComponent)
    }

    /// 404 with the page saying so.
    func notFound(_ request: Request) async -> Response {
        let page = await renderer(request)
        return page.refusal(page.phrase("wsNotFound"), status: .notFound)
    }

    /// Reads a form, or answers as the workspace does: 403 for a missing form token, 413 for a body
    /// past the upload limit (with its page).
    func form(_ request: Request, _ context: WorkspaceContext) async throws -> (FormBody?, Response?) {
        do {
            return (try await FormBody.read(request, context: context, secrets: secrets), nil)
        } catch let error as HTTPError where error.status == .forbidden {
            let page = await renderer(request)
            return (nil, page.refusal(page.phrase("wsForbidden"), status: .forbidden))
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            let page = await renderer(request)
            return (nil, page.refusal(page.phrase("wsTooLarge", ["limit": Self.sizeText(WorkspaceContext.uploadLimit)]),
                                      status: .contentTooLarge))
        }
    }

    /// A size as people read it: "16 MB", "12 kB".
    static func sizeText(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) kB" }
        return "\(bytes) B"
    }
}
