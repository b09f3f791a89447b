import Foundation
import Scheduling

/// Reads back `attendance.csv` once the team filled it in from the sign-in sheets, as Excel
/// saves it (`;`, Windows-1252, `oui`/`ja`/`x`) or as an `.xlsx` workbook, against the plan:
/// every row must be an expected visit of the plan, at most once, with a `present` value that
/// says yes or no. Every mistake is an error at its line and column; a visit without a row
/// counts as not present (a warning says how many).
public enum AttendanceFile {
    /// What the file says: a mark for every visit of the plan, and the problems found.
    public struct Reading: Sendable {
        public let marks: [Attendance.Mark]
        public let diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.containsError }
    }

    /// Values of `present` that mean the person came, and that they did not (folded).
    static let yes: Set<String> = ["oui", "ja", "yes", "y", "x", "1", "true", "vrai", "waar", "present", "aanwezig",
                                   "venu", "venue", "gekomen", "came", "\u{2713}", "\u{2714}"]
    static let no: Set<String> = ["", "non", "nee", "no", "n", "0", "false", "faux", "onwaar", "absent", "absente",
                                  "afwezig", "-"]

    /// Reads the file at `url` for `plan`, made from `input`.
    public static func read(at url: URL, plan: Plan, input: PlanningInput) -> Reading {
        var diagnostics: [Diagnostic] = []
        guard let table = WeekTable.read(url, diagnostics: &diagnostics) else { return Reading(marks: [], diagnostics: diagnostics) }
        let columns = (visitor: table.column(["visitor_id", "visitor"]), session: table.column(["session_id", "session"]),
                       present: table.column(["present", "présent", "presence", "présence", "aanwezig", "came"]))
        guard let vc = columns.visitor, let sc = columns.session, let pc = columns.present else {
            let missing = [("visitor_id", columns.visitor), ("session_id", columns.session), ("present", columns.present)]
                .filter { $0.1 == nil }.map { "'\($0.0)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(severity: .error, file: table.source.file, sheet: table.source.sheet,
                                          line: table.source.table.header?.line, message: "the column(s) \(missing) are missing: "
                                            + "keep the header row of the attendance.csv that po-plan wrote"))
            return Reading(marks: [], diagnostics: diagnostics)
        }
        let expected = Set(plan.assignments.map { Key(visitor: $0.visitorID, session: $0.sessionID) })
        var seen: [Key: Int] = [:], present: [Key: Bool] = [:]
        for record in table.rows {
            let v = WeekTable.text(record, vc), s = WeekTable.text(record, sc), p = WeekTable.text(record, pc)
            func error(_ message: String, _ column: Int) { diagnostics.append(table.problem(.error, message, record, column)) }
            if v.isEmpty { error("visitor_id is empty: every row needs the visitor's id as po-plan wrote it", vc); continue }
            if input.visitor(v) == nil { error("there is no visitor '\(v)' in this plan; a person who did not register gets no certificate: leave the row out", vc); continue }
            if s.isEmpty { error("session_id is empty: every row needs the session's id as po-plan wrote it", sc); continue }
            if input.session(s) == nil { error("there is no session '\(s)' in this plan", sc); continue }
            let key = Key(visitor: v, session: s)
            guard expected.contains(key) else {
                error("visitor '\(v)' was not expected at session '\(s)' in this plan: this row matches no visit of the plan", vc)
                continue
            }
            if let line = seen[key] { error("visitor '\(v)' at session '\(s)' is already on line \(line)", vc); continue }
            seen[key] = record.line
            let folded = FoldedText(p).value
            if yes.contains(folded) {
                present[key] = true
            } else if no.contains(folded) {
                present[key] = false
            } else {
                error("present must say whether the person came: oui, ja, yes or x when they came, empty or non, nee, no "
                    + "when they did not; found '\(p)'", pc)
            }
        }
        let missing = expected.subtracting(seen.keys).count
        if missing > 0 {
            diagnostics.append(.warning("\(missing) expected visit(s) of the plan have no row in this file: they count as "
                + "not present", file: table.source.file, sheet: table.source.sheet))
        }
        if !diagnostics.containsError, !present.values.contains(true) {
            diagnostics.append(.warning("nobody is marked present: fill in the 'present' column from the sign-in sheets",
                                        file: table.source.file, sheet: table.source.sheet))
        }
        let marks = plan.assignments.map {
            Attendance.Mark(visitorID: $0.visitorID, sessionID: $0.sessionID,
                            present: present[Key(visitor: $0.visitorID, session: $0.sessionID)] ?? false)
        }
        return Reading(marks: marks, diagnostics: diagnostics)
    }

    /// A visit: a visitor and a session.
    private struct Key: Hashable {
        let visitor: String
        let session: String
    }
}
