import Scheduling

/// One table of the plan in the contract's shape, built from one source table or merged from several
/// (one export per language): each value is canonical text and remembers the cell it came from, so that
/// the contract's checks point at the source.
struct CanonicalTable {
    /// One row of the canonical table.
    struct Row {
        /// The line (or worksheet row) of the source row it comes from.
        let line: Int
        /// Which of the table's sources the row comes from (0 for the first).
        var part = 0
        /// Field → value, located at its source cell (column 0 for a value po-plan made, such as an id).
        var values: [String: CSVTable.Field] = [:]
        /// The values of the columns po-plan does not use, in the order of `extraHeaders`.
        var extras: [String] = []

        /// Starts a row read from `line` of the source `part`.
        init(line: Int, part: Int = 0) {
            self.line = line
            self.part = part
        }

        /// The text of a field, empty when absent.
        func text(_ field: String) -> String { values[field]?.text ?? "" }

        /// The line the contract's checks see: the source line, moved past every line of the earlier
        /// sources so that rows of two files never share one (see `CheckLocations`).
        var checkLine: Int { CheckLocations.line(line, part: part) }
    }

    let kind: TableKind
    /// Where the rows come from, in order (for sessions typed in the hosts' table, the hosts' tables).
    private(set) var sources: [SourceTable]
    /// The headers of the columns carried over as they are.
    var extraHeaders: [String] = []
    var rows: [Row] = []

    /// The first source, whose file names the table in the contract's checks.
    var source: SourceTable { sources[0] }

    /// An empty table of `kind` built from `source`, carrying over the columns po-plan does not use.
    init(kind: TableKind, source: SourceTable, roles: ColumnRoles? = nil) {
        self.kind = kind
        sources = [source]
        extraHeaders = roles?.extras.map(\.header) ?? []
    }

    /// The tables of `parts` (one per export of the same table) as one: rows in order, each remembering its
    /// source; the extra columns are the union of theirs, by header. Nil when there are none.
    static func merged(_ parts: [CanonicalTable]) -> CanonicalTable? {
        guard var table = parts.first else { return nil }
        guard parts.count > 1 else { return table }
        table.sources = parts.flatMap(\.sources)
        var headers: [String] = []
        for part in parts { for header in part.extraHeaders where !headers.contains(header) { headers.append(header) } }
        table.extraHeaders = headers
        table.rows = []
        var offset = 0
        for part in parts {
            for var row in part.rows {
                row.part += offset
                let byHeader = Dictionary(zip(part.extraHeaders, row.extras), uniquingKeysWith: { a, _ in a })
                row.extras = headers.map { byHeader[$0] ?? "" }
                table.rows.append(row)
            }
            offset += part.sources.count
        }
        return table
    }

    /// The source a row comes from.
    func source(of row: Row) -> SourceTable { sources[min(row.part, sources.count - 1)] }

    /// How the contract's checks' locations map back to the sources.
    var locations: CheckLocations { CheckLocations(sources: sources) }

    /// The table as the contract's checks read it: a header of the canonical columns at the first source's
    /// header line, then one record per row at its check line, each field at its source column.
    func checkTable() -> CSVTable {
        let headerLine = source.table.header?.line ?? 1
        let header = CSVTable.Record(line: headerLine, fields: kind.columns.enumerated().map {
            CSVTable.Field(text: $1, line: headerLine, column: 0)
        })
        let records = rows.map { row in
            CSVTable.Record(line: row.checkLine, fields: kind.columns.map {
                var field = row.values[$0] ?? CSVTable.Field(text: "", line: row.line, column: 0)
                field.line = row.checkLine
                return field
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
            value.containsScalar(of: [",", "\"", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
                ? "\"" + value.replacingScalars(["\"": "\"\""]) + "\""
                : value
        }.joined(separator: ",") + "\n"
    }
}
