import Scheduling

/// What a variant changed, in one line of the team's language, for the comparison's columns.
extension PlanVariant {
    /// The change as a line of plain text (escape it in HTML), naming hosts and sessions as in
    /// `base`, the week before the change; an id `base` does not know is shown as it is.
    public func summary(base: PlanningInput, language: Language) -> String {
        let language = OutputLanguage(language)
        let library = PageLibrary.of(language)
        switch self {
        case .maxVisits(let n):
            return library.line("vaMaxVisits", ["n": n, "one": n == 1])
        case .objective(let tiers):
            return library.line("vaObjective", ["tiers": tiers.map(\.wordingKeys)])
        case .addSession(let session):
            let context = Self.session(session, hostName: base.host(session.hostID)?.name ?? session.hostID, language: language)
            return library.line("vaAddSession", context.merging(["capacity": session.capacity]) { _, new in new })
        case .removeSession(let id):
            return library.line("vaRemoveSession", base.session(id).map {
                Self.session($0, hostName: base.host(of: $0).name, language: language)
            } ?? ["sessionID": id])
        case .resizeSession(let id, let capacity):
            var context = base.session(id).map { Self.session($0, hostName: base.host(of: $0).name, language: language) } ?? ["sessionID": id]
            context["capacity"] = capacity
            context["before"] = base.session(id)?.capacity ?? false
            return library.line("vaResizeSession", context)
        case .hostDailyLimit(let id, let limit):
            let host = base.host(id)
            return library.line("vaDailyLimit", [
                "hostName": MarkdownText.oneLine(host?.name ?? id), "limit": limit ?? false,
                "before": host?.maxVisitorsPerDay ?? false,
            ])
        }
    }

    /// `sessionID`, `hostName` and `when` of a session.
    private static func session(_ session: Session, hostName: String, language: OutputLanguage) -> [String: Any] {
        ["sessionID": session.id, "hostName": MarkdownText.oneLine(hostName),
         "when": LocalizedDateText.dateTitle(session.date, in: language) + ", "
            + LocalizedDateText.timeRange(from: session.start, to: session.end, in: language)]
    }
}
