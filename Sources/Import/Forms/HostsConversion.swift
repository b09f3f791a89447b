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
