import Scheduling

/// pins.csv, the team's own decisions (optional): each row checked against the contract and
/// against the ids of the other three files.
struct PinsFile {
    static let name = ContractFile.pins.name
    static let required = ContractFile.pins.required
    static let optional = ContractFile.pins.optional

    /// The pins whose rows are valid, in file order.
    private(set) var pins: [Pin] = []
    /// The file name (and worksheet) that diagnostics about its rows name.
    private(set) var file = name
    /// The first row of each (visitor, target), to report repeats and contradictions.
    private var seen: [PinKey: (line: Int, assigns: Bool)] = [:]

    /// A visitor and what the pin names, the key two rows must not share.
    private struct PinKey: Hashable {
        let visitorID: String
        let target: Pin.Target
    }

    /// Reads the rows of `table`; ids are checked against the other files when they could be read.
    init(table: CSVTable, hosts: HostsFile?, sessions: SessionsFile?, visitors: VisitorsFile?, file: String = name,
         diagnostics: inout [Diagnostic]) {
        self.file = file
        guard let columns = HeaderMap.of(table, file: file, required: Self.required, optional: Self.optional,
                                         diagnostics: &diagnostics) else { return }
        if !columns.has("session_id") && !columns.has("host_id") {
            diagnostics.append(.error("pins.csv needs a session_id or a host_id column (or both) to say what each pin "
                + "names", file: file, line: 1))
            return
        }
        for record in table.rows where !record.isBlank {
            read(record, columns, hosts, sessions, visitors, &diagnostics)
        }
        checkContradictions(sessions: sessions, &diagnostics)
    }

    private mutating func read(_ record: CSVTable.Record, _ columns: HeaderMap, _ hosts: HostsFile?,
                               _ sessions: SessionsFile?, _ visitors: VisitorsFile?, _ diagnostics: inout [Diagnostic]) {
        var problems: [Diagnostic] = []
        columns.checkWidth(of: record, diagnostics: &problems)
        func cell(_ column: String) -> Cell { columns.cell(column, in: record) }

        let visitorCell = cell("visitor_id")
        let visitorID = visitorCell.required(&problems)?.text
        var visitor: VisitorsFile.Entry?
        if let visitorID, let visitors {
            visitor = visitors.entry(visitorID)
            if visitor == nil {
                problems.append(visitorCell.error("visitor_id '\(visitorID)' is not a visitor_id of visitors.csv"
                    + IdSuggestion.hint(for: visitorID, among: visitors.entries.map(\.id))))
            }
        }
        let pinCell = cell("pin")
        let assigns = pinCell.required(&problems)?.boolean(&problems)
        let target = Self.target(session: cell("session_id"), host: cell("host_id"), record: record, columns,
                                 hosts, sessions, &problems)
        if assigns == true, case .host(let id)? = target {
            problems.append(cell("host_id").error("a yes pin names a session, not host '\(id)': give the session_id "
                + "the visitor gets (a host can only be ruled out, with pin no)"))
        }
        if assigns == true, let visitor {
            if visitor.cancelled {
                problems.append(pinCell.error("visitor '\(visitor.id)' withdrew (cancelled in visitors.csv, line "
                    + "\(visitor.line)) and cannot be pinned to a session"))
            } else if visitor.maxVisits == 0 {
                problems.append(pinCell.error("visitor '\(visitor.id)' has max_visits 0 (visitors.csv, line "
                    + "\(visitor.line)) and cannot be pinned to a session"))
            }
        }
        if assigns == true, case .session(let id)? = target, let entry = sessions?.entry(id), entry.cancelled {
            problems.append(cell("session_id").error("session '\(id)' is called off (cancelled in sessions.csv, line "
                + "\(entry.line)); nobody can be pinned to it"))
        }
        if let visitorID, let target, let assigns {
            let key = PinKey(visitorID: visitorID, target: target)
            if let first = seen[key] {
                problems.append(visitorCell.error(first.assigns == assigns
                    ? "\(visitorID) and '\(target.id)' are pinned twice; the first pin is on line \(first.line)"
                    : "this pin contradicts the one on line \(first.line): \(visitorID) and '\(target.id)' cannot be "
                        + "both yes and no"))
            } else {
                seen[key] = (record.line, assigns)
            }
        }
        let valid = !problems.containsError
        diagnostics += problems
        if valid, let visitorID, let target, let assigns {
            pins.append(Pin(visitorID: visitorID, target: target, assigns: assigns, note: cell("note").optionalText,
                            line: record.line))
        }
    }

    /// What a row names: a session or a host, exactly one of the two, and an id that exists.
    private static func target(session: Cell, host: Cell, record: CSVTable.Record, _ columns: HeaderMap,
                               _ hosts: HostsFile?, _ sessions: SessionsFile?,
                               _ problems: inout [Diagnostic]) -> Pin.Target? {
        switch (session.optionalText, host.optionalText) {
        case (nil, nil):
            let cell = session.isColumnMissing ? host : session
            problems.append(cell.error("the pin names neither a session_id nor a host_id; give one of the two"))
            return nil
        case (_?, _?):
            problems.append(host.error("the pin names both session_id '\(session.text)' and host_id '\(host.text)'; "
                + "give one of the two, on two rows if both are meant"))
            return nil
        case (let id?, nil):
            if let sessions, sessions.hasIDs, sessions.entry(id) == nil {
                problems.append(session.error("session_id '\(id)' is not a session_id of sessions.csv"
                    + IdSuggestion.hint(for: id, among: Array(sessions.registry.ids))))
                return nil
            }
            return .session(id)
        case (nil, let id?):
            if let hosts, hosts.hasIDs, hosts.entry(id) == nil {
                problems.append(host.error("host_id '\(id)' is not a host_id of hosts.csv"
                    + IdSuggestion.hint(for: id, among: Array(hosts.registry.ids))))
                return nil
            }
            return .host(id)
        }
    }

    /// A yes pin on a session and a no pin on its host contradict each other.
    private func checkContradictions(sessions: SessionsFile?, _ diagnostics: inout [Diagnostic]) {
        guard let sessions else { return }
        for pin in pins where pin.assigns {
            guard case .session(let id) = pin.target, let hostID = sessions.entry(id)?.hostID,
                  let no = seen[PinKey(visitorID: pin.visitorID, target: .host(hostID))], !no.assigns else { continue }
            diagnostics.append(.error("this pin contradicts the one on line \(no.line): \(pin.visitorID) is pinned to "
                + "session '\(id)' of host '\(hostID)' and ruled out of that host", file: file, line: pin.line))
        }
    }
}
