/// Builds the canonical hosts table from the hosts' export (the answers to the call to hosting structures).
enum HostsConversion {
    /// The fields copied as they are.
    static let textFields = ["name", "organization", "sector", "address", "postcode", "commune", "contact_name",
                             "contact_phone", "description"]

    /// Converts every data row of `source`; ids are made (`H001` …) when the export has none.
    static func convert(_ source: SourceTable, roles: ColumnRoles, diagnostics: inout [Diagnostic]) -> CanonicalTable {
        var table = CanonicalTable(kind: .hosts, source: source, roles: roles)
        for (position, record) in source.dataRows.enumerated() {
            var reader = RowReader(record, at: position, of: source, roles: roles, kind: .hosts)
            for field in textFields { reader.copy(field) }
            reader.convert("lat") { text, _ in FormValues.decimal(text) }
            reader.convert("lon") { text, _ in FormValues.decimal(text) }
            reader.convert("languages") { text, _ throws(ValueProblem) in
                try FormValues.languages(text).map(\.code).joined(separator: ";")
            }
            reader.convert("accessible") { text, _ throws(ValueProblem) in try FormValues.boolean(text) ? "yes" : "no" }
            reader.convert("contact_email") { text, _ in MadeID.withoutMailto(text) }
            diagnostics += reader.diagnostics
            table.rows.append(reader.row)
        }
        return table
    }
}

/// The ids po-plan makes for rows of an export that has none, from the row's position among the data
/// rows (so that fixing one row and importing again keeps every id).
enum MadeID {
    /// `H001`, `S0001`, `V0001` for the row at `position` (0-based).
    static func make(_ kind: TableKind, _ position: Int) -> String {
        let number = "\(position + 1)"
        let pattern = kind.idPattern
        return pattern.prefix + String(repeating: "0", count: max(0, pattern.digits - number.count)) + number
    }

    /// An e-mail address without the `mailto:` that some exports put before it.
    static func withoutMailto(_ text: String) -> String {
        text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
    }
}
