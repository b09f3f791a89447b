import Scheduling

/// Builds the canonical visitors table from the registrations export: choices typed as names (one list,
/// or `Choix 1` … `Choix 5` columns) become ids, availability (one list, or a checkbox column per
/// half-day) becomes the contract's windows.
enum VisitorsConversion {
    /// The fields copied as they are.
    static let textFields = ["first_name", "last_name", "phone", "role", "organization", "group", "colleague"]

    /// Converts every data row of `source`; ids are made (`V0001` …) when the export has none.
    static func convert(_ source: SourceTable, roles: ColumnRoles, choices: ChoiceResolver,
                        availability: FormAvailability, part: Int = 0, diagnostics: inout [Diagnostic]) -> CanonicalTable {
        var table = CanonicalTable(kind: .visitors, source: source, roles: roles)
        for (position, record) in source.dataRows.enumerated() {
            var reader = RowReader(record, at: position, of: source, roles: roles, kind: .visitors, part: part)
            for field in textFields { reader.copy(field) }
            reader.convert("email") { text, _ in FormValues.email(text) }
            reader.convert("sector") { text, _ in SectorVocabulary.canonical(text) ?? text }
            reader.convert("language") { text, _ throws(ValueProblem) in try FormValues.language(text).code }
            reader.convert("languages") { text, _ throws(ValueProblem) in
                try FormValues.languages(text).map(\.code).joined(separator: ";")
            }
            reader.convert("max_visits") { text, _ throws(ValueProblem) in
                "\(try FormValues.wholeNumber(text, atLeast: 0))"
            }
            readChoices(&reader, choices)
            readAvailability(&reader, availability)
            reader.convert("needs_access") { text, _ throws(ValueProblem) in try FormValues.boolean(text) ? "yes" : "no" }
            reader.convert("open_to_suggestions") { text, _ throws(ValueProblem) in
                try FormValues.boolean(text) ? "yes" : "no"
            }
            reader.convert("registered_at") { text, _ in FormValues.timestamp(text) ?? text }
            for flag in ["cancelled", "priority"] {
                reader.convert(flag) { text, _ throws(ValueProblem) in try FormValues.boolean(text) ? "yes" : "no" }
            }
            diagnostics += reader.diagnostics
            table.rows.append(reader.row)
        }
        return table
    }

    /// The ranked ids of the choices, each typed choice read at its own cell; a choice that names nothing
    /// clearly is an error there and is not written.
    private static func readChoices(_ reader: inout RowReader, _ resolver: ChoiceResolver) {
        var typed: [(text: String, column: Int)] = []
        if let (text, column) = reader.sourceField("choices") {
            typed = FormText.listItems(text).map { ($0, column) }
        }
        typed += reader.roles.choices.map { (reader.text(at: $0), $0 + 1) }.filter { !$0.0.isEmpty }
        let column = reader.roles.fields["choices"].map { $0 + 1 } ?? reader.roles.choices.first.map { $0 + 1 }
        guard let column else { return }
        var ids: [String] = []
        for (text, cell) in typed {
            var resolved: String?
            _ = reader.convertValue(text, column: cell) { text, notes throws(ValueProblem) in
                let resolution = try resolver.resolve(text)
                if let note = resolution.note { notes.append(note) }
                resolved = resolution.id
                return text
            }
            if let resolved { ids.append(resolved) }
        }
        reader.set("choices", ids.joined(separator: ";"), column: column)
    }

    /// The windows of the `available` list and of the availability checkbox columns; a warning when the
    /// form has checkboxes and none is ticked (the visitor is then available at any time, as the contract says).
    private static func readAvailability(_ reader: inout RowReader, _ availability: FormAvailability) {
        var windows: [String] = []
        let problemsBefore = reader.diagnostics.filter(\.isError).count
        if let (text, column) = reader.sourceField("available"), !text.isEmpty,
           let read = reader.convertValue(text, column: column, { text, notes throws(ValueProblem) in
               try availability.windows(text, notes: &notes).map(RowReader.canonical).joined(separator: ";")
           }) {
            windows.append(read)
        }
        for (label, index) in reader.roles.availability {
            let text = reader.text(at: index)
            let read = reader.convertValue(text, column: index + 1) { text, notes throws(ValueProblem) in
                try availability.windows(label: label, cell: text, notes: &notes).map(RowReader.canonical)
                    .joined(separator: ";")
            }
            if let read, !read.isEmpty { windows.append(read) }
        }
        let column = reader.roles.fields["available"].map { $0 + 1 } ?? reader.roles.availability.first.map { $0.index + 1 }
        guard let column else { return }
        let unreadable = reader.diagnostics.filter(\.isError).count > problemsBefore
        if windows.isEmpty, !unreadable, reader.roles.fields["available"] == nil, !reader.roles.availability.isEmpty {
            reader.diagnostics.append(reader.warning("no availability is ticked, so this visitor is taken as "
                + "available at any time", column: column))
        }
        var distinct: [Substring] = []
        for window in windows.flatMap({ $0.split(separator: ";") }) where !distinct.contains(window) {
            distinct.append(window)
        }
        reader.set("available", distinct.joined(separator: ";"), column: column)
    }
}
