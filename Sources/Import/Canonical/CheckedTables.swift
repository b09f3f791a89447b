import Scheduling

/// The three tables of a plan checked against the contract and against each other, whether they come from
/// the canonical folder or were built from form exports.
struct CheckedTables {
    var hosts: HostsFile?
    var sessions: SessionsFile?
    var visitors: VisitorsFile?
    var pins: PinsFile?

    /// Checks each table row by row, then what needs more than one table; a nil table could not be read
    /// (already reported) and the checks that need it are skipped.
    init(event: Event?, hosts: (table: CSVTable, file: String)?, sessions: (table: CSVTable, file: String)?,
         visitors: (table: CSVTable, file: String)?, pins: (table: CSVTable, file: String)? = nil,
         diagnostics: inout [Diagnostic]) {
        for (table, known) in [(hosts, HostsFile.required + HostsFile.optional),
                               (sessions, SessionsFile.required + SessionsFile.optional),
                               (visitors, VisitorsFile.required + VisitorsFile.optional),
                               (pins, PinsFile.required + PinsFile.optional)] {
            if let table { TextLimits.check(table.table, file: table.file, known: known, diagnostics: &diagnostics) }
        }
        let hostsFile = hosts.map { HostsFile(table: $0.table, file: $0.file, diagnostics: &diagnostics) }
        let sessionsFile = sessions.map {
            SessionsFile(table: $0.table, hosts: hostsFile, file: $0.file, diagnostics: &diagnostics)
        }
        let visitorsFile = visitors.map {
            VisitorsFile(table: $0.table, event: event, hosts: hostsFile, sessions: sessionsFile, file: $0.file,
                         diagnostics: &diagnostics)
        }
        CrossFileChecks.run(hosts: hostsFile, sessions: sessionsFile, visitors: visitorsFile, diagnostics: &diagnostics)
        // A plan of nobody would be "optimal" and mean nothing.
        for (table, what) in [(hosts, "no host"), (sessions, "no session"), (visitors, "nobody registered")] {
            guard let table, let header = table.table.header, !table.table.rows.contains(where: { !$0.isBlank }) else { continue }
            diagnostics.append(.error("the file names its columns but has no rows, so \(what); a plan needs at least one row "
                + "in each file", file: table.file, sheet: table.table.sheet, line: header.line))
        }
        self.pins = pins.map {
            PinsFile(table: $0.table, hosts: hostsFile, sessions: sessionsFile, visitors: visitorsFile, file: $0.file,
                     diagnostics: &diagnostics)
        }
        self.hosts = hostsFile
        self.sessions = sessionsFile
        self.visitors = visitorsFile
    }

    /// The planning input when nothing stops planning; `source` names the input in the one error that
    /// guards against a row dropped without a reported reason.
    func planningInput(event: Event?, source: String, diagnostics: inout [Diagnostic]) -> PlanningInput? {
        guard !diagnostics.containsError, let event, let hosts, let sessions, let visitors else { return nil }
        let input = PlanningInput(event: event, hosts: hosts.entries.compactMap(\.host),
                                  sessions: sessions.entries.compactMap(\.session),
                                  visitors: visitors.entries.compactMap(\.visitor), pins: pins?.pins ?? [])
        guard input.hosts.count == hosts.entries.count, input.sessions.count == sessions.entries.count,
              input.visitors.count == visitors.entries.count else {
            // Every row without a model has an error; this guards against a gap in the checks.
            diagnostics.append(.error("some rows could not be read for a reason that was not reported; "
                + "please report this as a bug of po-plan", file: source))
            return nil
        }
        return input
    }
}
