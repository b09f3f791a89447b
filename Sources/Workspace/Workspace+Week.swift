import Foundation
import Hummingbird

/// Page 1, the week: the event, its counts, the latest plan and the plan that was sent.
extension Workspace {
    func addWeek(to router: Router<WorkspaceContext>) {
        router.get("/week") { request, _ in
            let reading = await week.reading()
            let page = await renderer(request, reading: reading)
            var keys: [String: Any] = ["unreadable": reading.input == nil]
            if let input = reading.input {
                let withdrawn = input.visitors.filter(\.cancelled).count
                keys["counts"] = ["hosts": input.hosts.count, "sessions": input.sessions.count, "visitors": input.visitors.count,
                                  "cancelled": withdrawn > 0 ? withdrawn as Any : false]
            }
            let shelf = self.shelf
            keys["latest"] = shelf.latest.flatMap(shelf.summary).map { Self.planKeys($0, page: page) } ?? false
            keys["sent"] = shelf.sent.flatMap(shelf.summary).map { Self.planKeys($0, page: page) } ?? false
            return page.page("wsWeek", keys, menu: "onWeek")
        }
    }

    /// The keys of a plan in the lists: id, status, places given, people without one, what it re-planned.
    static func planKeys(_ summary: PlanShelf.Summary, page: PageRenderer) -> [String: Any] {
        ["plan": summary.id, "status": page.phrase("vaStatus", [summary.status: true]), "assigned": summary.assigned, "unassigned": summary.unassigned,
         "previous": summary.previous.map { ["plan": $0] as Any } ?? false]
    }
}
