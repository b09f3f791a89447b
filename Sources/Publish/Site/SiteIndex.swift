import Scheduling

/// `team-index.html`, in the plan folder beside `report.html` and outside `site/`: the bassin
/// team's entry to the site. The week at a glance (every session by day, with its fill), a search
/// by name, and a link to every person's page. It is the only page, with the host rosters, that
/// lists several people, and it says that person pages are unlisted and that their link is the
/// only key. It is never written under `site/`, so the site can be uploaded without listing anyone.
struct SiteIndex {
    let plan: Plan
    let input: PlanningInput
    let language: OutputLanguage
    /// The waiting list of every full session, shown under it.
    var waiting: WaitingLists? = nil
    /// The path of a visitor's page and of a host's page, relative to the index (so under `site/`).
    let visitorPage: (Visitor) -> String
    let hostPage: (Host) -> String
    /// The path of a running session's sign-in sheet, and of a day's sheets, relative to the index.
    var sheetPage: (Session) -> String? = { _ in nil }
    var dayFile: (LocalDate) -> String? = { _ in nil }

    /// The page.
    var html: String {
        var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
        context["script"] = true
        let fill = Dictionary(plan.sessions.map { ($0.sessionID, $0) }, uniquingKeysWith: { a, _ in a })
        let days = Set(input.sessions.map(\.date)).sorted()
        context["days"] = days.map { day -> [String: Any] in
            let sessions = input.sessions.filter { $0.date == day }
                .sorted { ($0.start, input.host(of: $0).name, $0.id) < ($1.start, input.host(of: $1).name, $1.id) }
            return ["dateTitle": LocalizedDateText.dateTitle(day, in: language), "sheetsFile": dayFile(day) ?? false,
                    "sessions": sessions.map { session($0, assigned: fill[$0.id]?.assigned ?? 0) }]
        }
        let taken = plan.assignments.count, places = input.sessions.reduce(0) { $0 + $1.capacity }
        let open = plan.sessions.filter { $0.status == .open }.count
        context["anyWaiting"] = !(waiting?.bySession.isEmpty ?? true)
        context["week"] = ["sessions": input.sessions.count, "open": open, "cancelled": input.sessions.count - open,
                           "taken": taken, "places": places]
        var visits: [String: Int] = [:]
        for a in plan.assignments { visits[a.visitorID, default: 0] += 1 }
        // Each name folded once, then sorted by the folded keys.
        context["visitors"] = input.visitors
            .map { (key: (FoldedText($0.lastName).value, FoldedText($0.firstName).value, $0.id), visitor: $0) }
            .sorted { $0.key < $1.key }.map(\.visitor)
            .map { v -> [String: Any] in
                let n = visits[v.id] ?? 0
                return ["lastName": MarkdownText.oneLine(v.lastName), "firstName": MarkdownText.oneLine(v.firstName),
                        "organization": VisitContext.plain(v.organization), "page": visitorPage(v),
                        "visitCount": n, "noVisit": n == 0, "visitsOne": n == 1, "visitsMany": n > 1,
                        "searchText": FoldedText("\(v.firstName) \(v.lastName) \(v.lastName) \(v.firstName)").value]
            }
        context["hosts"] = input.hosts.map { (key: (FoldedText($0.name).value, $0.id), host: $0) }
            .sorted { $0.key < $1.key }.map(\.host)
            .map { h -> [String: Any] in
                let n = input.sessions(ofHost: h.id).count
                return ["name": MarkdownText.oneLine(h.name), "page": hostPage(h), "sessionCount": n,
                        "sessionsOne": n == 1, "searchText": FoldedText("\(h.name) \(h.organization)").value]
            }
        return PageLibrary.of(language).render("siteIndex", context)
    }

    /// One row of the week at a glance.
    private func session(_ s: Session, assigned: Int) -> [String: Any] {
        let host = input.host(of: s)
        return (VisitContext.sessionKeys(s, language: language) as [String: Any]).merging([
            "hostName": MarkdownText.oneLine(host.name), "hostPage": hostPage(host), "sheetPage": sheetPage(s) ?? false,
            "count": assigned, "capacity": s.capacity, "open": assigned > 0, "cancelled": assigned == 0,
            "barWidth": s.capacity > 0 ? Int((60 * Double(assigned) / Double(s.capacity)).rounded()) : 0,
        ]) { _, new in new }.merging(waitingList(s)) { _, new in new }
    }

    /// `hasWaiting`, `waitingCount` and `waiting` (`lastName`, `firstName`, `page`, `rank`) of a session.
    private func waitingList(_ s: Session) -> [String: Any] {
        let list = (waiting?.bySession[s.id] ?? []).compactMap { entry -> [String: Any]? in
            input.visitor(entry.visitorID).map { v in
                ["lastName": MarkdownText.oneLine(v.lastName), "firstName": MarkdownText.oneLine(v.firstName),
                 "page": visitorPage(v), "rank": entry.rank]
            }
        }
        return ["hasWaiting": !list.isEmpty, "waitingCount": list.count, "waiting": list]
    }
}
