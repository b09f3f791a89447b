import Scheduling

/// sessions.csv: the time slots each host opens, checked against the contract and against hosts.csv.
struct SessionsFile {
    static let name = ContractFile.sessions.name
    static let required = ContractFile.sessions.required
    static let optional = ContractFile.sessions.optional

    /// A row with an id: where it is, its host, and the session when every value of the row is valid.
    struct Entry {
        let id: String
        let line: Int
        let hostID: String?
        /// Whether the host called it off.
        let cancelled: Bool
        /// The field number of `languages` when the row gives them, to point at them.
        let languagesColumn: Int?
        let session: Session?
    }

    /// The file name (and worksheet) that diagnostics about its rows name.
    private(set) var file = name
    private(set) var sheet: String?
    /// The first row of each id, in file order.
    private(set) var entries: [Entry] = []
    /// Whether the file has session_id and host_id columns, so that other files can be checked against it.
    private(set) var hasIDs = false
    private(set) var registry = IDRegistry()
    /// The ids of the hosts that have at least one session row.
    private(set) var hostsWithSessions: Set<String> = []
    private var index: [String: Int] = [:]

    /// Reads the rows of `table`; host ids are checked against `hosts` when hosts.csv could be read.
    init(table: CSVTable, hosts: HostsFile?, file: String = name, diagnostics: inout [Diagnostic]) {
        self.file = file
        sheet = table.sheet
        guard let columns = HeaderMap.of(table, file: file, required: Self.required, optional: Self.optional,
                                         diagnostics: &diagnostics) else { return }
        hasIDs = columns.has("session_id") && columns.has("host_id")
        for record in table.rows where !record.isBlank {
            read(record, columns, hosts, &diagnostics)
        }
    }

    /// The session row with this id.
    func entry(_ id: String) -> Entry? { index[id].map { entries[$0] } }

    private mutating func read(_ record: CSVTable.Record, _ columns: HeaderMap, _ hosts: HostsFile?,
                               _ diagnostics: inout [Diagnostic]) {
        var problems: [Diagnostic] = []
        columns.checkWidth(of: record, diagnostics: &problems)
        func cell(_ column: String) -> Cell { columns.cell(column, in: record) }

        let idCell = cell("session_id")
        let id = idCell.required(&problems)?.identifier(&problems)
        let isFirst = id.map { registry.register($0, at: idCell, diagnostics: &problems) } ?? false
        if let id, let hosts, hosts.registry.contains(id) {
            problems.append(idCell.error("session_id '\(id)' is also a host_id in hosts.csv; "
                + "choices could not tell them apart, so give the session another id"))
        }
        let hostCell = cell("host_id")
        let hostID = hostCell.required(&problems)?.text
        var host: Host?
        if let hostID, let hosts, hosts.hasIDs {
            if let entry = hosts.entry(hostID) {
                host = entry.host
            } else {
                problems.append(hostCell.error("host_id '\(hostID)' is not a host_id of hosts.csv"
                    + IdSuggestion.hint(for: hostID, among: hosts.registry.ids)))
            }
        }
        let kind = Self.kind(cell("kind"), &problems)
        let date = cell("date").required(&problems)?.date(&problems)
        let start = cell("start").required(&problems)?.sessionTime(&problems)
        let endCell = cell("end")
        let end = endCell.required(&problems)?.sessionTime(&problems)
        if let start, let end, end <= start {
            problems.append(endCell.error("end \(end) is not after start \(start); a session starts and ends on the same day"))
        }
        let capacity = cell("capacity").required(&problems)?.wholeNumber(in: ValueRange.capacity, &problems)
        let minimumCell = cell("min_visitors")
        let minimum = minimumCell.wholeNumber(in: ValueRange.minVisitors, &problems) ?? 1
        if let capacity, minimum > capacity {
            problems.append(minimumCell.warning("min_visitors \(minimum) is more than capacity \(capacity), "
                + "so this session can never run"))
        }
        let languagesCell = cell("languages")
        let languages = languagesCell.languages(&problems) ?? host?.languages
        let cancelled = cell("cancelled").boolean(&problems) ?? false

        let valid = !problems.containsError
        diagnostics += problems
        if let hostID { hostsWithSessions.insert(hostID) }
        guard let id, isFirst else { return }
        var session: Session?
        if valid, let hostID, let kind, let date, let start, let end, let capacity, let languages,
           let slot = TimeWindow(date: date, start: start, end: end) {
            session = Session(id: id, hostID: hostID, kind: kind, slot: slot, capacity: capacity,
                              minVisitors: minimum, languages: languages, title: cell("title").optionalText,
                              cancelled: cancelled)
        }
        index[id] = entries.count
        entries.append(Entry(id: id, line: record.line, hostID: hostID, cancelled: cancelled,
                             languagesColumn: languagesCell.isEmpty ? nil : languagesCell.column, session: session))
    }

    /// `visit` (the default) or `immersion`, in any case.
    private static func kind(_ cell: Cell, _ problems: inout [Diagnostic]) -> Session.Kind? {
        guard !cell.isEmpty else { return .visit }
        guard let kind = Session.Kind(rawValue: cell.text.lowercased()) else {
            problems.append(cell.invalid("visit or immersion"))
            return nil
        }
        return kind
    }
}
