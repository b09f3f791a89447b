import Scheduling

/// The tables of a source converted to the contract's shape, with every problem found on the way
/// (located at the source cells).
struct FormConversion {
    var hosts: CanonicalTable?
    var sessions: CanonicalTable?
    var visitors: CanonicalTable?
    /// The source tables the canonical ones came from, for counting rows.
    var sources: [TableKind: SourceTable] = [:]
    /// The columns of each source table, for the mapping draft.
    var roles: [TableKind: ColumnRoles] = [:]

    /// Recognises the columns of each table of `files`, then converts hosts, sessions and visitors in turn
    /// (sessions need the hosts' names, visitors the names of both).
    init(_ files: SourceFiles, diagnostics: inout [Diagnostic]) {
        sources = files.tables
        for (kind, table) in files.tables {
            roles[kind] = ColumnRoles(table, kind: kind, mapping: files.mapping, diagnostics: &diagnostics)
        }
        let year = YearHint.year(tables: files.tables, roles: roles)
        var dates = FormDate(defaultYear: year)
        dates.currentYear = YearHint.currentYear

        if let source = files.tables[.hosts], let columns = roles[.hosts] {
            hosts = HostsConversion.convert(source, roles: columns, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("the source has no table of hosts: name its file or sheet with a word like "
                + "structures, accueil, gastorganisaties or hosts, or say which in columns.yaml (tables: hosts: NAME)",
                file: "hosts"))
        }
        let hostNames = (hosts?.rows ?? []).map { ($0.text("host_id"), $0.text("name")) }.filter { !$0.0.isEmpty }
        if let source = files.tables[.sessions], let columns = roles[.sessions] {
            sessions = SessionsConversion.convert(source, roles: columns, hosts: NameMatcher(hostNames),
                                                  dates: dates, diagnostics: &diagnostics)
            if roles[.hosts]?.has("slots") == true, let hostsSource = files.tables[.hosts] {
                diagnostics.append(.warning("the hosts' table has a column of sessions, but the source also has a "
                    + "sessions table (\(source.displayName)); the column is not read", file: hostsSource.file,
                    sheet: hostsSource.sheet, line: hostsSource.table.header?.line))
            }
        } else if let source = files.tables[.hosts], let columns = roles[.hosts], columns.has("slots"), let hosts {
            let ids = Dictionary(hosts.rows.map { ($0.line, $0.text("host_id")) }, uniquingKeysWith: { a, _ in a })
            sessions = SessionsConversion.fromSlots(source, roles: columns, hostIDs: ids, dates: dates,
                                                    diagnostics: &diagnostics)
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
        if let source = files.tables[.visitors], let columns = roles[.visitors] {
            visitors = VisitorsConversion.convert(source, roles: columns,
                                                  choices: ChoiceResolver(hosts: hostNames, sessions: labels),
                                                  availability: FormAvailability(dates: dates), diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("the source has no table of visitors: name its file or sheet with a word like "
                + "inscriptions, visiteurs, deelnemers or visitors, or say which in columns.yaml "
                + "(tables: visitors: NAME)", file: "visitors"))
        }
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
