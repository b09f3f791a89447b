import Foundation

/// Builds the canonical hosts table from the hosts' export (the answers to the call to hosting structures).
enum HostsConversion {
    /// The fields copied as they are.
    static let textFields = ["name", "organization", "address", "postcode", "commune", "contact_name",
                             "contact_phone", "description"]

    /// Converts every data row of `source`; ids are made (`H001` …) when the export has none.
    static func convert(_ source: SourceTable, roles: ColumnRoles, part: Int = 0, diagnostics: inout [Diagnostic]) -> CanonicalTable {
        var table = CanonicalTable(kind: .hosts, source: source, roles: roles)
        for (position, record) in source.dataRows.enumerated() {
            var reader = RowReader(record, at: position, of: source, roles: roles, kind: .hosts, part: part)
            for field in textFields { reader.copy(field) }
            reader.convert("sector") { text, _ in SectorVocabulary.canonical(text) ?? text }
            reader.convert("lat") { text, _ in FormValues.decimal(text) }
            reader.convert("lon") { text, _ in FormValues.decimal(text) }
            placeByPostcode(&reader)
            reader.convert("languages") { text, _ throws(ValueProblem) in
                try FormValues.languages(text).map(\.code).joined(separator: ";")
            }
            reader.convert("accessible") { text, _ throws(ValueProblem) in try FormValues.boolean(text) ? "yes" : "no" }
            reader.convert("contact_email") { text, _ in FormValues.email(text) }
            reader.convert("max_visitors_per_day") { text, _ throws(ValueProblem) in
                "\(try FormValues.wholeNumber(text, atLeast: 1))"
            }
            diagnostics += reader.diagnostics
            table.rows.append(reader.row)
        }
        return table
    }

    /// A host without coordinates gets the centre of its Brussels postcode's area (written into `lat` and
    /// `lon`), with a warning that they are approximate; outside the table it keeps the default travel time.
    private static func placeByPostcode(_ reader: inout RowReader) {
        guard reader.row.text("lat").isEmpty, reader.row.text("lon").isEmpty,
              let code = BrusselsPostcodes.postcode(postcode: reader.row.text("postcode"),
                                                    address: reader.row.text("address")),
              let area = BrusselsPostcodes.area(code) else { return }
        let column = reader.row.values["postcode"]?.column ?? reader.row.values["address"]?.column ?? 0
        reader.set("lat", String(format: "%.3f", area.latitude), column: 0)
        reader.set("lon", String(format: "%.3f", area.longitude), column: 0)
        let commune = area.french == area.dutch ? area.french : "\(area.french) / \(area.dutch)"
        reader.diagnostics.append(reader.warning("no coordinates: the host is placed at the centre of \(code) "
            + "(\(commune)), \(reader.row.text("lat")), \(reader.row.text("lon")), which is approximate; travel times "
            + "to it are estimates. Give lat and lon for exact ones", column: column > 0 ? column : nil))
    }

    /// An error at every host whose name (folded) an earlier row already has, in the same export or in
    /// another one (the same service answered the call twice, or in both languages): choices could not tell
    /// them apart.
    static func reportRepeatedNames(_ table: CanonicalTable, diagnostics: inout [Diagnostic]) {
        var first: [String: CanonicalTable.Row] = [:]
        for row in table.rows {
            let name = FormText.fold(row.text("name"))
            guard !name.isEmpty else { continue }
            guard let earlier = first[name] else {
                first[name] = row
                continue
            }
            let source = table.source(of: row)
            let column = row.values["name"].flatMap { $0.column > 0 ? $0.column : nil }
            diagnostics.append(Diagnostic(severity: .error, file: source.file, sheet: source.sheet, line: row.line,
                column: column, message: "'\(row.text("name"))' is also the name of host \(earlier.text("host_id")) at "
                    + "\(DiagnosticPlace.rowLocation(table.source(of: earlier), earlier.line)); a host that answered twice should "
                    + "keep one row, and two hosts need names that tell them apart",
                found: row.text("name"), expected: "a name no other host has"))
        }
    }
}
