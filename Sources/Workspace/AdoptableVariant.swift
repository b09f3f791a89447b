import Import
import Publish
import Scheduling

/// A compared variant that can become the plan of the week: its change is one cell of a canonical
/// file (a session's capacity in sessions.csv, a host's daily limit in hosts.csv), so once that
/// cell is written the week's files are exactly the input its plan was made from.
struct AdoptableVariant: Sendable {
    let variant: PlanVariant
    /// The plan made with the change.
    let plan: Plan
    /// The version of the file the change is written to, when the comparison began.
    let version: String

    /// The change as a canonical file's edit: the file, what the log says, the edit; nil for a
    /// change that the files cannot hold as one cell (most visits, the objective's order, a session
    /// removed).
    static func edit(of variant: PlanVariant) -> (file: String, log: String, change: @Sendable (inout CanonicalTableEdit) throws -> Void)? {
        switch variant {
        case let .resizeSession(id, capacity):
            return (InputFolder.sessionsFile, "\(id) capacity \(capacity) (variant)", { table in
                try table.set("capacity", to: String(capacity), id: id, idColumn: "session_id")
            })
        case let .hostDailyLimit(id, limit):
            return (InputFolder.hostsFile, "\(id) max_visitors_per_day \(limit.map(String.init) ?? "none") (variant)", { table in
                try table.set("max_visitors_per_day", to: limit.map(String.init) ?? "", id: id, idColumn: "host_id")
            })
        default:
            return nil
        }
    }
}
