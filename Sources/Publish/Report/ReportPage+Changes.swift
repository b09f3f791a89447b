import Scheduling

/// The report's section on the changes since the previous plan (re-planning only): visits kept,
/// added and removed, visitors moved, who gained or lost a visit, and who received a place that
/// another visitor held. Visitors appear by id only, like everywhere in the report.
extension ReportPage {
    /// The section as HTML; empty without a previous plan.
    var changesSection: String {
        let plan = optimal.plan
        guard let path = plan.previous, let previous = input.previous else { return "" }
        let before = Set(previous.assignments.map { "\($0.visitorID)\u{1F}\($0.sessionID)" })
        let kept = plan.assignments.filter { before.contains("\($0.visitorID)\u{1F}\($0.sessionID)") }.count
        let added = plan.changes.reduce(0) { $0 + $1.added.count }
        let removed = plan.changes.reduce(0) { $0 + $1.removed.count }
        var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
        context["previous"] = path
        context["figures"] = [
            "kept": kept, "added": added, "removed": removed,
            "moved": plan.changes.filter { !$0.added.isEmpty && !$0.removed.isEmpty }.count,
            "gained": plan.changes.filter { !$0.added.isEmpty && $0.removed.isEmpty }.count,
            "lost": plan.changes.filter { $0.added.isEmpty && !$0.removed.isEmpty }.count,
        ] as [String: Any]
        context["hasChanges"] = !plan.changes.isEmpty
        context["changeRows"] = plan.changes.map { change -> [String: Any] in
            ["visitorID": change.visitorID, "added": sessionList(change.added), "removed": sessionList(change.removed)]
        }
        let freed = ChangeNotices(plan: plan, input: input).freed
        context["hasFreed"] = !freed.isEmpty
        context["freedRows"] = freed.map { place -> [String: Any] in
            let session = input.session(place.sessionID)
            return ["visitorID": place.visitorID, "sessionID": place.sessionID,
                    "hostName": session.map { MarkdownText.oneLine(input.host(of: $0).name) } ?? "",
                    "when": session.map { LocalizedDateText.dateTitle($0.date, in: language) + ", "
                        + LocalizedDateText.timeRange(from: $0.start, to: $0.end, in: language) } ?? ""]
        }
        return library.render("reportChangesSection", context)
    }

    /// Session ids with their host, for the team: `S014 (Host name)`.
    private func sessionList(_ ids: [String]) -> String {
        ids.map { id in input.session(id).map { "\(id) (\(MarkdownText.oneLine(input.host(of: $0).name)))" } ?? id }
            .joined(separator: ", ")
    }
}
