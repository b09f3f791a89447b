import Foundation
import Hummingbird
import Publish

/// Page 4, plan: a button that plans the week into `plans/<dated id>/`, the planning's lines as
/// they come (server-sent events on `/plan/events`), and the plans of the week with their reports.
extension Workspace {
    func addPlan(to router: Router<WorkspaceContext>) {
        router.get("/plan") { request, _ in
            await planPage(request)
        }
        router.post("/plan") { request, context in
            let (form, refusal) = try await form(request, context)
            guard form != nil else { return refusal! }
            return await startPlan(request, previous: nil)
        }
        router.get("/plan/events") { request, _ in
            let language = PageLanguage.of(request).code
            let openReport = WorkspacePages.phrase("wsOpenReport", language: language)
            let openComparison = WorkspacePages.phrase("wsOpenComparison", language: language)
            let events = await runs.follow()
            let body = ResponseBody { writer in
                for await event in events {
                    try await writer.write(ByteBuffer(string: Self.serverSentEvent(event, openReport: openReport, openComparison: openComparison)))
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8"], body: body)
        }
    }

    /// Starts a planning (a re-plan when `previous` is given) and goes to the plan page, where its lines show.
    func startPlan(_ request: Request, previous: String?) async -> Response {
        let page = await renderer(request)
        let job = PlanJob(week: week, previousID: previous, language: page.language, page: previous == nil ? "plan" : "changes")
        guard await runs.start(job) else {
            return await planPage(request, message: page.phrase("wsPlanBusy"), refused: true, status: .conflict)
        }
        return Response(status: .seeOther, headers: [.location: "/plan"])
    }

    /// The plan page: the planning under way or last made, and the plans of the week.
    func planPage(_ request: Request, message: String? = nil, refused: Bool = false, status: HTTPResponse.Status = .ok) async -> Response {
        let page = await renderer(request)
        let history = await runs.history
        let shelf = self.shelf, sent = shelf.sent
        let plans = shelf.ids().reversed().compactMap(shelf.summary).map { summary -> [String: Any] in
            var keys = Self.planKeys(summary, page: page)
            keys["isSent"] = summary.id == sent
            return keys
        }
        let lines = history.map { event -> String in
            switch event {
            case .line(let text), .failed(let text), .compared(let text): return text
            case .planned(_, let line): return line
            }
        }
        let isRunning = await runs.isRunning
        let ended = !history.isEmpty && !isRunning
        // A planning just started may have said nothing yet: its progress shows all the same, so
        // that the page follows its lines as they come.
        return page.page("wsPlan", ["running": isRunning || !history.isEmpty, "ended": ended, "lines": lines, "plans": plans, "hasPlans": !plans.isEmpty],
                         menu: "onPlan", message: message, refused: refused, status: status)
    }

    /// One event as the browser's EventSource reads it; a plan's end carries its line and its report's address.
    static func serverSentEvent(_ event: PlanRuns.Event, openReport: String, openComparison: String) -> String {
        func json(_ object: [String: String]) -> String {
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
        func data(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }.joined(separator: "\n")
        }
        switch event {
        case .line(let text):
            return "event: line\n\(data(text))\n\n"
        case .failed(let text):
            return "event: failed\n\(data(text))\n\n"
        case .compared(let line):
            return "event: done\n\(data(json(["line": line, "report": openComparison, "link": "/variants"])))\n\n"
        case let .planned(id, line):
            return "event: done\n\(data(json(["line": line, "report": openReport, "link": "/plans/\(id)/report.html"])))\n\n"
        }
    }
}
