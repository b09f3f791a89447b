import Import
import Publish
import Scheduling

/// Each kind of variant as the canonical files hold it, file by file, so that the files read
/// again give exactly the input `PlanVariant.applied` gives (the log names ids only).
extension AdoptableVariant {
    /// The change of `variant` to the files `base` (the week as it was compared) was read from.
    static func changes(of variant: PlanVariant, base: PlanningInput) -> [FileChange] {
        let sessions = InputFolder.sessionsFile, visitors = InputFolder.visitorsFile
        switch variant {
        case .maxVisits(let n):
            // An empty max_visits takes the event's default: it becomes n, as `applied` makes
            // every visitor above 0 have n; under a default of 0, an empty cell means 0 and says so.
            let emptyIsAboveZero = base.event.defaultMaxVisits > 0
            return [
                .event(log: "default_max_visits \(n) (variant)") { try $0.set("default_max_visits", to: .number(n)) },
                .table(visitors, log: "max_visits \(n) where above 0 (variant)") { table in
                    table.update("max_visits", adding: !emptyIsAboveZero) { cell in
                        let text = cell.trimmingSpaces()
                        if text.isEmpty { return emptyIsAboveZero ? cell : "0" }
                        return (Int(text) ?? 0) > 0 ? String(n) : cell
                    }
                },
            ]
        case .objective(let tiers):
            let names = tiers.map(\.rawValue)
            return [.event(log: "objective \(names.joined(separator: " ")) (variant)") { try $0.set("objective", to: .words(names)) }]
        case .addSession(let session):
            return [.table(sessions, log: "\(session.id) added (variant)") { table in
                guard table.value("session_id", id: session.id, idColumn: "session_id") == nil else {
                    throw CanonicalTableEdit.Refusal(description: "\(sessions) already has a row with session_id \(session.id)")
                }
                table.append(row(of: session, in: table))
            }]
        case .removeSession(let id):
            return [
                .table(sessions, log: "\(id) removed (variant)") { $0.removeRows { $0("session_id") == id } },
                .table(InputFolder.pinsFile, log: "pins of \(id) removed (variant)") { $0.removeRows { $0("session_id") == id } },
                .table(visitors, log: "\(id) removed from choices (variant)") { table in
                    table.update("choices") { cell in removing(id, fromChoices: cell) }
                },
            ]
        case let .resizeSession(id, capacity):
            return [.table(sessions, log: "\(id) capacity \(capacity) (variant)") { table in
                try table.set("capacity", to: String(capacity), id: id, idColumn: "session_id")
            }]
        case let .hostDailyLimit(id, limit):
            return [.table(InputFolder.hostsFile, log: "\(id) max_visitors_per_day \(limit.map(String.init) ?? "none") (variant)") { table in
                try table.set("max_visitors_per_day", to: limit.map(String.init) ?? "", id: id, idColumn: "host_id")
            }]
        }
    }

    /// A new session's row by column: what the contract requires, and what differs from the
    /// defaults or has a column in the file. No languages leaves the cell empty: the host's.
    static func row(of session: Session, in table: CanonicalTableEdit) -> [String: String] {
        var row = ["session_id": session.id, "host_id": session.hostID, "date": session.date.description,
                   "start": session.start.description, "end": session.end.description, "capacity": String(session.capacity)]
        if session.kind != .visit || table.column("kind") != nil { row["kind"] = session.kind.rawValue }
        if session.minVisitors != 1 || table.column("min_visitors") != nil { row["min_visitors"] = String(session.minVisitors) }
        if !session.languages.isEmpty { row["languages"] = session.languages.map(\.code).joined(separator: ";") }
        if let title = session.title { row["title"] = title }
        if session.cancelled { row["cancelled"] = "yes" }
        return row
    }

    /// A `choices` cell without `id`, read as visitors.csv reads it (items between `;`, trimmed,
    /// empty ones skipped) and written back the contract's way, later choices moving up; a cell
    /// that does not name `id` is kept as written.
    static func removing(_ id: String, fromChoices cell: String) -> String {
        let items = cell.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard items.contains(id) else { return cell }
        return items.filter { $0 != id }.joined(separator: ";")
    }
}
