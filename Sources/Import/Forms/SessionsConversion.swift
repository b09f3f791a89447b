import Scheduling

/// Builds the canonical sessions table: from a sessions export (one row per session, the host named by
/// id or by name), or else from the hosts' export where each host typed its sessions in one cell
/// (`mardi 4/11 9h30-11h; jeudi 6/11 14h-16h`).
enum SessionsConversion {
    /// Converts every data row of a sessions export; hosts are matched by id or name among `hosts`.
    static func convert(_ source: SourceTable, roles: ColumnRoles, hosts: NameMatcher, dates: FormDate,
                        part: Int = 0, diagnostics: inout [Diagnostic]) -> CanonicalTable {
        var table = CanonicalTable(kind: .sessions, source: source, roles: roles)
        for (position, record) in source.dataRows.enumerated() {
            var reader = RowReader(record, at: position, of: source, roles: roles, kind: .sessions, part: part)
            reader.convert("host_id") { text, notes throws(ValueProblem) in
                try resolveHost(text, hosts, &notes)
            }
            reader.convert("kind") { text, _ throws(ValueProblem) in try FormValues.kind(text).rawValue }
            reader.convert("date") { text, notes throws(ValueProblem) in "\(try dates.readCell(text, notes: &notes))" }
            reader.convert("start") { text, _ throws(ValueProblem) in "\(try FormTime.read(text))" }
            reader.convert("end") { text, _ throws(ValueProblem) in "\(try FormTime.read(text))" }
            if let (text, column) = reader.sourceField("hours"), !reader.row.values.keys.contains("start") {
                var range: (start: TimeOfDay, end: TimeOfDay)?
                _ = reader.convertValue(text, column: column) { text, _ throws(ValueProblem) in
                    range = try FormTime.readRange(text)
                    return text
                }
                reader.set("start", range.map { "\($0.start)" } ?? "", column: column)
                reader.set("end", range.map { "\($0.end)" } ?? "", column: column)
            }
            readCounts(&reader)
            reader.convert("languages") { text, _ throws(ValueProblem) in
                try FormValues.languages(text).map(\.code).joined(separator: ";")
            }
            reader.copy("title")
            reader.convert("cancelled") { text, _ throws(ValueProblem) in try FormValues.boolean(text) ? "yes" : "no" }
            diagnostics += reader.diagnostics
            table.rows.append(reader.row)
        }
        return table
    }

    /// Builds sessions from the `slots` cells of the hosts' export: one session per item, with the host's
    /// capacity, minimum and kind. `hostIDs` gives the id of each host row by line.
    static func fromSlots(_ source: SourceTable, roles: ColumnRoles, hostIDs: [Int: String], dates: FormDate,
                          part: Int = 0, diagnostics: inout [Diagnostic]) -> CanonicalTable {
        var table = CanonicalTable(kind: .sessions, source: source)
        guard let slotsIndex = roles.fields["slots"] else { return table }
        for record in source.dataRows {
            var reader = RowReader(record, of: source, roles: roles)
            let text = reader.text(at: slotsIndex)
            for item in FormText.listItems(text) {
                var session = reader
                session.row = CanonicalTable.Row(line: record.line)
                session.diagnostics = []
                session.set("session_id", MadeID.make(.sessions, table.rows.count, part: part), column: 0)
                session.set("host_id", hostIDs[record.line] ?? "", column: 0)
                var slot: (date: LocalDate, start: TimeOfDay, end: TimeOfDay)?
                _ = session.convertValue(item, column: slotsIndex + 1) { item, notes throws(ValueProblem) in
                    slot = try readSlot(item, dates: dates, notes: &notes)
                    return item
                }
                session.set("date", slot.map { "\($0.date)" } ?? "", column: slotsIndex + 1)
                session.set("start", slot.map { "\($0.start)" } ?? "", column: slotsIndex + 1)
                session.set("end", slot.map { "\($0.end)" } ?? "", column: slotsIndex + 1)
                session.convert("kind") { text, _ throws(ValueProblem) in try FormValues.kind(text).rawValue }
                readCounts(&session)
                reader.diagnostics += session.diagnostics
                table.rows.append(session.row)
            }
            diagnostics += reader.diagnostics
        }
        return table
    }

    /// The expected form of one typed session.
    static let expectedSlot = "a day and hours like 'mardi 4/11 9h30-11h' or 'di 4/11 14u-16u', separated by ';'"

    /// One typed session: a day and a start and end time.
    static func readSlot(_ item: String, dates: FormDate,
                         notes: inout [String]) throws(ValueProblem) -> (date: LocalDate, start: TimeOfDay, end: TimeOfDay) {
        guard let (dateText, part) = FormAvailability.split(item), case .hours(let start, let end) = part else {
            throw ValueProblem("'\(item)' is not a day with a start and an end time", expected: expectedSlot)
        }
        return (try dates.read(dateText, notes: &notes), start, end)
    }

    /// Capacity and minimum, written with or without a unit (`4 places`).
    private static func readCounts(_ reader: inout RowReader) {
        reader.convert("capacity") { text, _ throws(ValueProblem) in "\(try FormValues.wholeNumber(text, atLeast: 1))" }
        reader.convert("min_visitors") { text, _ throws(ValueProblem) in
            "\(try FormValues.wholeNumber(text, atLeast: 1))"
        }
    }

    /// The id of the host a session row names, by id or by name.
    private static func resolveHost(_ text: String, _ hosts: NameMatcher,
                                    _ notes: inout [String]) throws(ValueProblem) -> String {
        let resolution = try ChoiceResolver.resolution(of: hosts.match(text), text: text, kind: "host")
        if let note = resolution.note { notes.append(note) }
        return resolution.id
    }
}
