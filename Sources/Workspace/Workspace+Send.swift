import Foundation
import Hummingbird

/// Page 7, send: for a chosen plan, the mail-merge file, the mails (all, or only the change
/// notices), the rosters and the sign-in sheets to download; and marking the plan as sent, which
/// makes it the previous plan of the next re-plan.
extension Workspace {
    func addSend(to router: Router<WorkspaceContext>) {
        router.get("/send") { request, _ in
            await sendPage(request, chosen: request.uri.queryParameters.get("plan").map { String($0) })
        }
        router.post("/send/mark") { request, context in
            let (form, refusal) = try await form(request, context)
            guard let form else { return refusal! }
            guard let id = shelf.id(form["plan"] ?? "") else { return await notFound(request) }
            try await week.markSent(id, page: "send")
            let page = await renderer(request)
            return await sendPage(request, chosen: id, message: page.phrase("wsMarkedSent", ["plan": id]))
        }
    }

    func sendPage(_ request: Request, chosen given: String?, message: String? = nil) async -> Response {
        let page = await renderer(request)
        let shelf = self.shelf, sent = shelf.sent, ids = shelf.ids()
        let chosen = given.flatMap(shelf.id) ?? ids.last
        var keys: [String: Any] = [
            "plans": ids.reversed().map { ["plan": $0, "selected": $0 == chosen, "isSent": $0 == sent] },
            "hasPlans": !ids.isEmpty,
            "chosen": false,
        ]
        if let chosen, let folder = shelf.folder(chosen) {
            let changes = folder.appendingPathComponent("mails/changes/eml")
            keys["chosen"] = ["plan": chosen, "isSent": chosen == sent,
                              "hasChanges": FileManager.default.fileExists(atPath: changes.path)]
        }
        return page.page("wsSend", keys, menu: "onSend", message: message)
    }
}
