import Scheduling

/// `attendance.csv`, written with the plan for the team to fill in from the sign-in sheets and
/// read back by `po-plan attendance`: one row per expected visit (a visitor in a running
/// session), `present` left empty, as a Belgian Excel opens it (see `CSVText`).
///
/// The columns are `visitor_id`, `name`, `session_id`, `host`, `date`, `time` and `present`;
/// rows by date, time, host and visitor. `po-plan attendance` reads the ids and `present` only.
enum AttendanceCSV {
    /// The header row.
    static let header = ["visitor_id", "name", "session_id", "host", "date", "time", "present"]

    /// The file for `plan`.
    static func render(_ plan: Plan, input: PlanningInput) -> String {
        let rows = plan.assignments.compactMap { a -> (key: [String], row: [String])? in
            guard let v = input.visitor(a.visitorID), let s = input.session(a.sessionID) else { return nil }
            let host = input.host(of: s)
            return ([s.date.description, s.start.description, FoldedText(host.name).value, s.id,
                     FoldedText(v.lastName).value, FoldedText(v.firstName).value, v.id],
                    [v.id, MarkdownText.oneLine(v.fullName), s.id, MarkdownText.oneLine(host.name), s.date.description,
                     "\(s.start)-\(s.end)", ""])
        }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        return CSVText.document([header] + rows.map(\.row))
    }
}
