import Foundation
import Hummingbird
import Import
import PlanFolders
import Publish

/// Page 6, changes: whether the week's files changed since the plan that was sent, a button that
/// re-plans from it with as little change as possible, and the people the latest re-plan moves,
/// each with the notice they will get.
extension Workspace {
    func addChanges(to router: Router<WorkspaceContext>) {
        router.get("/changes") { request, _ in
            await changesPage(request)
        }
        router.post("/changes/replan") { request, context in
            let (form, refusal) = try await form(request, context)
            guard form != nil else { return refusal! }
            guard let sent = shelf.sent else {
                let page = await renderer(request)
                return await changesPage(request, message: page.phrase("wsNoSentPlan"), refused: true, status: .conflict)
            }
            return await startPlan(request, previous: sent)
        }
    }

    func changesPage(_ request: Request, message: String? = nil, refused: Bool = false, status: HTTPResponse.Status = .ok) async -> Response {
        let page = await renderer(request)
        let shelf = self.shelf
        var keys: [String: Any] = ["sent": false, "latest": false]
        if let sent = shelf.sent, let sentFolder = shelf.folder(sent) {
            keys["sent"] = ["plan": sent]
            keys["inputChanged"] = Self.inputChanged(week: week.url, since: sentFolder)
            if let before = InputFolder.read(at: sentFolder.appendingPathComponent("input")).input, let now = await week.reading().input {
                let differences = InputChanges.lines(from: before, to: now, language: page.language)
                keys["differences"] = differences
                keys["hasDifferences"] = !differences.isEmpty
            }
            let replans = shelf.ids().filter { shelf.summary($0)?.previous == sent }
            if let latest = replans.last, let folder = shelf.folder(latest),
               let loaded = try? LoadedPlan.load(folder, input: nil, acceptBrokenRules: true) {
                let all = ChangeNoticeText.of(plan: loaded.plan, input: loaded.input)
                let notices = Dictionary(all.filter { !$0.isHost }.map { ($0.visitorID, $0) }, uniquingKeysWith: { a, _ in a })
                let hosts = all.filter(\.isHost).map { notice -> [String: Any] in
                    ["id": notice.visitorID, "name": notice.hostName ?? notice.visitorID, "subject": notice.subject, "body": notice.body]
                }
                let people = loaded.plan.changes.compactMap { change -> [String: Any]? in
                    guard let visitor = loaded.input.visitor(change.visitorID) else { return nil }
                    return ["id": visitor.id, "name": visitor.fullName, "added": change.added, "removed": change.removed,
                            "subject": notices[visitor.id]?.subject ?? "", "body": notices[visitor.id]?.body ?? ""]
                }
                keys["latest"] = ["plan": latest, "people": people, "hasPeople": !people.isEmpty, "count": people.count,
                                  "hosts": hosts, "hasHosts": !hosts.isEmpty]
            }
        }
        return page.page("wsChanges", keys, menu: "onChanges", message: message, refused: refused, status: status)
    }

    /// Whether the week's input differs from the copy the sent plan keeps (its `input/`).
    static func inputChanged(week: URL, since plan: URL) -> Bool {
        let now = Importer.load(at: week).canonicalFiles
        for name in Set(now.keys).union(InputFolder.fileNames) {
            let kept = try? Data(contentsOf: plan.appendingPathComponent("input").appendingPathComponent(name))
            if now[name] != kept { return true }
        }
        return false
    }
}
