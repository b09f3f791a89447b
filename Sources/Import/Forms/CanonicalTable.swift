/// One table of the plan in the contract's shape, built from a source table: each value is canonical
/// text and remembers the cell it came from, so that the contract's checks point at the source.
struct CanonicalTable {
    /// One row of the canonical table.
    struct Row {
        /// The line (or worksheet row) of the source row it comes from.
        let line: Int
        /// Field → value, located at its source cell (column 0 for a value po-plan made, such as an id).
        var values: [String: CSVTable.Field] = [:]
        /// The values of the columns po-plan does not use, in the order of `extraHeaders`.
        var extras: [String] = []

        /// The text of a field, empty when absent.
        func text(_ field: String) -> String { values[field]?.text ?? "" }
    }

    let kind: TableKind
    /// Where the rows come from (for sessions typed in the hosts' table, the hosts' table).
    let source: SourceTable
    /// The headers of the columns carried over as they are.
    var extraHeaders: [String] = []
    var rows: [Row] = []

    /// An empty table of `kind` built from `source`, carrying over the columns po-plan does not use.
    init(kind: TableKind, source: SourceTable, roles: ColumnRoles? = nil) {
        self.kind = kind
        self.source = source
        extraHeaders = roles?.extras.map(\.header) ?? []
    }

    /// The table as the contract's checks read it: a header of the canonical columns at the source's header
    /// line, then one record per row at its source line, each field at its source column.
    func checkTable() -> CSVTable {
        let headerLine = source.table.header?.line ?? 1
        let header = CSVTable.Record(line: headerLine, fields: kind.columns.enumerated().map {
            CSVTable.Field(text: $1, line: headerLine, column: 0)
        })
        let records = rows.map { row in
            CSVTable.Record(line: row.line, fields: kind.columns.map {
                row.values[$0] ?? CSVTable.Field(text: "", line: row.line, column: 0)
            })
        }
        return CSVTable(records: [header] + records, sheet: source.sheet)
    }

    /// The canonical CSV text of the rows kept by `include`: UTF-8, `,`-separated, RFC 4180 quoting, a
    /// header of the contract's columns then the extra ones.
    func csvText(where include: (Row) -> Bool) -> String {
        var lines = [Self.record(kind.columns + extraHeaders)]
        for row in rows where include(row) {
            lines.append(Self.record(kind.columns.map { row.text($0) } + row.extras))
        }
        return lines.joined()
    }

    /// One CSV line ending in LF; a value is quoted (its quotes doubled) when it holds a comma, a quote or
    /// a line break.
    private static func record(_ values: [String]) -> String {
        values.map { value in
            value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                : value
        }.joined(separator: ",") + "\n"
    }
}
