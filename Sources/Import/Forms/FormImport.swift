import Scheduling

/// Imports a source of form exports: converts it, checks it against the contract, keeps out the rows with
/// errors (and the sessions of hosts kept out), and says what became of every row.
struct FormImport {
    /// The source's name, for messages about the whole source.
    let sourceName: String
    var diagnostics: [Diagnostic] = []

    /// Runs the import of `files`.
    mutating func run(_ files: SourceFiles) -> ImportOutcome {
        let event = readEvent(files)
        var conversion = FormConversion(files, diagnostics: &diagnostics)
        diagnostics = diagnostics.map { Self.downgrade($0, replaced: conversion.replaced) }
        let converterErrors = Set(diagnostics.filter(\.isError).map(DiagnosticPlace.init))
        var checks: [Diagnostic] = []
        let checked = CheckedTables(
            event: event.event,
            hosts: conversion.hosts.map { ($0.checkTable(), $0.source.file) },
            sessions: conversion.sessions.map { ($0.checkTable(), $0.source.file) },
            visitors: conversion.visitors.map { ($0.checkTable(), $0.source.file) },
            diagnostics: &checks)
        let locations = TableKind.allCases.compactMap { conversion.table($0)?.locations }
        checks = checks.map { check in locations.reduce(check) { $1.locate($0) } }
        diagnostics += checks.filter { !($0.isError && converterErrors.contains(DiagnosticPlace($0))) }

        var ledger = RowLedger(diagnostics: diagnostics)
        conversion.replaced.forEach { ledger.replace($0) }
        let hostRows = ledger.keep(conversion.hosts, models: { id in
            checked.hosts?.entry(id).flatMap { $0.host != nil ? $0.line : nil }
        })
        let hostIDs = Set(hostRows.map { $0.text("host_id") })
        var hostPlaces: [String: (SourceTable, Int)] = [:]
        for row in conversion.hosts?.rows ?? [] where hostPlaces[row.text("host_id")] == nil {
            hostPlaces[row.text("host_id")] = conversion.hosts.map { ($0.source(of: row), row.line) }
        }
        let sessionRows = ledger.keep(conversion.sessions, models: { id in
            checked.sessions?.entry(id).flatMap { $0.session != nil ? $0.line : nil }
        }, dependsOn: { row in
            let host = row.text("host_id")
            guard !hostIDs.contains(host), let (hostSource, line) = hostPlaces[host], let sessions = conversion.sessions,
                  sessions.source(of: row).displayName != hostSource.displayName else { return nil }
            return "its host \(host) (\(DiagnosticPlace.rowLocation(hostSource, line))) is not carried over"
        })
        let kept = hostIDs.union(sessionRows.map { $0.text("session_id") })
        var visitorRows = ledger.keep(conversion.visitors, models: { id in
            checked.visitors?.entry(id).flatMap { $0.visitor != nil ? $0.line : nil }
        })
        if let visitors = conversion.visitors {
            visitorRows = visitorRows.map { dropChoices(of: $0, notIn: kept, source: visitors.source(of: $0)) }
        }
        diagnostics += ledger.notes

        let input = checked.planningInput(event: event.event, source: sourceName, diagnostics: &diagnostics)
        var outputs: [(path: String, contents: String)] = [("event.yaml", event.text)]
        var written: [String: Int] = [:]
        for (kind, rows) in [(TableKind.hosts, hostRows), (.sessions, sessionRows), (.visitors, visitorRows)] {
            let table = conversion.table(kind) ?? CanonicalTable(kind: kind, source: SourceTable(
                file: kind.canonicalFile, sheet: nil, table: CSVTable(records: [])))
            var copy = table
            copy.rows = rows
            outputs.append((kind.canonicalFile, copy.csvText { _ in true }))
            written[kind.canonicalFile] = rows.count
        }
        let counts = TableKind.allCases.flatMap { kind in (conversion.sources[kind] ?? []).map { ledger.count($0, kind: kind) } }
        let reading = InputReading(input: input, diagnostics: diagnostics)
        var outcome = ImportOutcome(reading: reading, files: outputs, counts: counts, leftOut: ledger.leftOut,
                                    merged: ledger.merged, ignored: files.ignored, written: written)
        outputs.append(("import-report.md", ImportReport.markdown(outcome, source: sourceName)))
        outcome = ImportOutcome(reading: reading, files: outputs, counts: counts, leftOut: ledger.leftOut,
                                merged: ledger.merged, ignored: files.ignored, written: written)
        return outcome
    }

    /// An error on a registration that a later one replaces, as a warning: that row is not carried over,
    /// so it does not stop the import.
    private static func downgrade(_ diagnostic: Diagnostic, replaced: [DuplicateRegistrations.Replaced]) -> Diagnostic {
        guard diagnostic.isError, let line = diagnostic.line, replaced.contains(where: {
            $0.source.file == diagnostic.file && $0.source.sheet == diagnostic.sheet && $0.line == line
        }) else { return diagnostic }
        var warning = diagnostic
        warning.severity = .warning
        warning.message += " (a later registration of the same person replaces this row, so this does not stop the import)"
        return warning
    }

    /// event.yaml of the source (checked, copied as written), none when it cannot be read (an error says why),
    /// or else one with the contract's defaults and a warning that names what to fill in.
    private mutating func readEvent(_ files: SourceFiles) -> (event: Event?, text: String) {
        if let (text, file) = files.event {
            return (EventFile.read(text, file: file, diagnostics: &diagnostics), text)
        }
        if files.hasEvent { return (nil, "") }
        let name = "Portes Ouvertes"
        diagnostics.append(.warning("the source has no event.yaml, so one was written with the name '\(name)' and "
            + "the contract's rules (5 choices, 2 visits each); put the event's real name (and the bassin) in it "
            + "before planning", file: "event.yaml"))
        return (Event(name: name), EventDefaults.text(name: name))
    }

    /// The row without the choices that name a host or session not carried over, with a warning.
    private mutating func dropChoices(of row: CanonicalTable.Row, notIn kept: Set<String>,
                                      source: SourceTable) -> CanonicalTable.Row {
        guard let field = row.values["choices"] else { return row }
        let ids = field.text.split(separator: ";").map(String.init)
        let lost = ids.filter { !kept.contains($0) }
        guard !lost.isEmpty else { return row }
        var copy = row
        copy.values["choices"]?.text = ids.filter { kept.contains($0) }.joined(separator: ";")
        diagnostics.append(.warning("choices: " + FormText.quotedList(lost, conjunction: "and")
            + " \(lost.count == 1 ? "is" : "are") left out of this visitor's choices because \(lost.count == 1 ? "its row is" : "their rows are") "
            + "not carried over; fix \(lost.count == 1 ? "that row" : "those rows") and import again",
            file: source.file, sheet: source.sheet, line: row.line, column: field.column > 0 ? field.column : nil))
        return copy
    }
}
