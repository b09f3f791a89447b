import Scheduling

/// The tables of a source converted to the contract's shape, with every problem found on the way
/// (located at the source cells). A table given in several exports (one form per language) is converted
/// export by export, each with its own headers, then merged.
struct FormConversion {
    var hosts: CanonicalTable?
    var sessions: CanonicalTable?
    var visitors: CanonicalTable?
    /// The source tables the canonical ones came from, for counting rows.
    var sources: [TableKind: [SourceTable]] = [:]
    /// The registrations replaced by a later one of the same person.
    var replaced: [DuplicateRegistrations.Replaced] = []

    /// Recognises the columns of each table of `files`, then converts hosts, sessions and visitors in turn
    /// (sessions need the hosts' names, visitors the names of both).
    init(_ files: SourceFiles, diagnostics: inout [Diagnostic]) {
        sources = files.parts
        var roles: [TableKind: [ColumnRoles]] = [:]
        for (kind, tables) in files.parts.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            roles[kind] = tables.map { ColumnRoles($0, kind: kind, mapping: files.mapping, diagnostics: &diagnostics) }
        }
        let all = files.parts.flatMap { kind, tables in zip(tables, roles[kind] ?? []).map { (kind, $0, $1) } }
        let year = YearHint.year(all)
        var dates = FormDate(defaultYear: year)
        dates.currentYear = YearHint.currentYear
        dates.serialDays = YearHint.span(all)

        let hostParts = Self.parts(files, roles, .hosts)
        hosts = CanonicalTable.merged(hostParts.enumerated().map { part, item in
            HostsConversion.convert(item.source, roles: item.roles, part: part, diagnostics: &diagnostics)
        })
        if let hosts { HostsConversion.reportRepeatedNames(hosts, diagnostics: &diagnostics) }
        if hostParts.isEmpty {
            diagnostics.append(.error("the source has no table of hosts: name its file or sheet with a word like "
                + "structures, accueil, gastorganisaties or hosts, or say which in columns.yaml (tables: hosts: NAME)",
                file: "hosts"))
        }
        let hostNames = (hosts?.rows ?? []).map { ($0.text("host_id"), $0.text("name")) }.filter { !$0.0.isEmpty }
        let sessionParts = Self.parts(files, roles, .sessions)
        let slotParts = hostParts.enumerated().filter { $0.element.roles.has("slots") }
        if !sessionParts.isEmpty {
            sessions = CanonicalTable.merged(sessionParts.enumerated().map { part, item in
                SessionsConversion.convert(item.source, roles: item.roles, hosts: NameMatcher(hostNames), dates: dates,
                                           part: part, diagnostics: &diagnostics)
            })
            for (_, item) in slotParts {
                diagnostics.append(.warning("the hosts' table has a column of sessions, but the source also has a "
                    + "sessions table (\(sessionParts[0].source.displayName)); the column is not read",
                    file: item.source.file, sheet: item.source.sheet, line: item.source.table.header?.line))
            }
        } else if !slotParts.isEmpty, let hosts {
            sessions = CanonicalTable.merged(slotParts.map { part, item in
                let ids = Dictionary(hosts.rows.filter { $0.part == part }.map { ($0.line, $0.text("host_id")) },
                                     uniquingKeysWith: { a, _ in a })
                return SessionsConversion.fromSlots(item.source, roles: item.roles, hostIDs: ids, dates: dates,
                                                    part: part, diagnostics: &diagnostics)
            })
            sources[.sessions] = nil
        } else {
            diagnostics.append(.error("the source has no sessions: give a table of sessions (a file or sheet named "
                + "like sessions, plages, créneaux or momenten), or a column of sessions in the hosts' table "
                + "(like 'Créneaux' or 'Momenten', with items such as 'mardi 4/11 9h30-11h')", file: "sessions"))
        }
        let labels = (sessions?.rows ?? []).compactMap { row -> ChoiceResolver.SessionLabel? in
            guard let date = LocalDate(iso: row.text("date")), let start = TimeOfDay(hhmm: row.text("start")) else {
                return nil
            }
            return ChoiceResolver.SessionLabel(id: row.text("session_id"), hostID: row.text("host_id"), date: date,
                                               start: start, title: row.values["title"]?.text)
        }
        let visitorParts = Self.parts(files, roles, .visitors)
        var availability = FormAvailability(dates: dates)
        availability.week = EventWeek(sessionDates: labels.map(\.date))
        let resolver = ChoiceResolver(hosts: hostNames, sessions: labels)
        visitors = CanonicalTable.merged(visitorParts.enumerated().map { part, item in
            VisitorsConversion.convert(item.source, roles: item.roles, choices: resolver, availability: availability,
                                       part: part, diagnostics: &diagnostics)
        })
        if visitorParts.isEmpty {
            diagnostics.append(.error("the source has no table of visitors: name its file or sheet with a word like "
                + "inscriptions, visiteurs, deelnemers or visitors, or say which in columns.yaml "
                + "(tables: visitors: NAME)", file: "visitors"))
        }
        if var table = visitors {
            replaced = DuplicateRegistrations.resolve(&table, diagnostics: &diagnostics)
            ColleagueGroups.assign(&table, diagnostics: &diagnostics)
            if let hosts { OrganizationSpelling.apply(&table, hosts: hosts, diagnostics: &diagnostics) }
            visitors = table
        }
    }

    /// The source tables of `kind` with their columns.
    private static func parts(_ files: SourceFiles, _ roles: [TableKind: [ColumnRoles]],
                              _ kind: TableKind) -> [(source: SourceTable, roles: ColumnRoles)] {
        Array(zip(files.parts[kind] ?? [], roles[kind] ?? []))
    }

    /// The canonical table of a kind.
    func table(_ kind: TableKind) -> CanonicalTable? {
        switch kind {
        case .hosts: hosts
        case .sessions: sessions
        case .visitors: visitors
        }
    }
}
