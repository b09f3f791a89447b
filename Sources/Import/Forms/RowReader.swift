import Scheduling

/// Reads the typed values of one source row into canonical text, reporting each value that cannot be
/// read as an error at its cell (with what was found, what was expected and a suggestion).
struct RowReader {
    let source: SourceTable
    let roles: ColumnRoles
    let record: CSVTable.Record
    /// The canonical row being built.
    var row: CanonicalTable.Row
    /// The problems found in this row.
    var diagnostics: [Diagnostic] = []

    /// Starts reading `record`, carrying over the extra columns.
    init(_ record: CSVTable.Record, of source: SourceTable, roles: ColumnRoles) {
        self.source = source
        self.roles = roles
        self.record = record
        row = CanonicalTable.Row(line: record.line)
        row.extras = roles.extras.map { text(at: $0.index) }
    }

    /// Starts reading the data row at `position` of a table of `kind`, with its id: copied from the id
    /// column when the export has one, else made from the position (`H001`, `S0001`, `V0001`; `V2-0001`
    /// in the second export of the table, `part` 1).
    init(_ record: CSVTable.Record, at position: Int, of source: SourceTable, roles: ColumnRoles, kind: TableKind,
         part: Int = 0) {
        self.init(record, of: source, roles: roles)
        checkWidth()
        if roles.has(kind.idColumn) {
            copy(kind.idColumn)
        } else {
            set(kind.idColumn, MadeID.make(kind, position, part: part), column: 0)
        }
    }

    /// Reports a CSV row with a value beyond its header's last column, where a delimiter inside an unquoted
    /// value has shifted it.
    private mutating func checkWidth() {
        guard let delimiter = source.delimiter,
              let error = record.widthError(header: roles.headers.count, delimiter: delimiter, file: source.file)
        else { return }
        diagnostics.append(error)
    }

    /// The trimmed text of the column at `index`, empty when the record is short.
    func text(at index: Int) -> String {
        index < record.fields.count ? record.fields[index].text.trimmingSpaces() : ""
    }

    /// The source field of `field`; nil when the table has no column for it.
    func sourceField(_ field: String) -> (text: String, column: Int)? {
        roles.fields[field].map { (text(at: $0), $0 + 1) }
    }

    /// Sets the canonical value of `field`, located at `column` (0 when po-plan made it).
    mutating func set(_ field: String, _ text: String, column: Int) {
        row.values[field] = CSVTable.Field(text: text, line: record.line, column: column)
    }

    /// Copies a text field as it is.
    mutating func copy(_ field: String) {
        if let (text, column) = sourceField(field) { set(field, text, column: column) }
    }

    /// Converts a field with `convert`; an unreadable value is an error at its cell and is kept as written
    /// (so that the row is reported, never given a default).
    mutating func convert(_ field: String, _ convert: (String, inout [String]) throws(ValueProblem) -> String) {
        guard let (text, column) = sourceField(field) else { return }
        guard !text.isEmpty else {
            set(field, "", column: column)
            return
        }
        set(field, convertValue(text, column: column, convert) ?? text, column: column)
    }

    /// Converts the text of one cell, reporting problems and notes at `column`; nil when it cannot be read.
    mutating func convertValue(_ text: String, column: Int,
                               _ convert: (String, inout [String]) throws(ValueProblem) -> String) -> String? {
        var notes: [String] = []
        do throws(ValueProblem) {
            let value = try convert(text, &notes)
            for note in notes { diagnostics.append(warning(note, column: column)) }
            return value
        } catch {
            report(error, found: text, column: column)
            return nil
        }
    }

    /// Reports a value that cannot be read.
    mutating func report(_ problem: ValueProblem, found: String, column: Int) {
        diagnostics.append(Diagnostic(severity: .error, file: source.file, sheet: source.sheet, line: record.line,
                                      column: column, message: "\(header(column)): \(problem.message)",
                                      found: found, expected: problem.expected, suggestion: problem.suggestion))
    }

    /// A warning at a cell of this row.
    func warning(_ message: String, column: Int?) -> Diagnostic {
        .warning((column.map { "\(header($0)): " } ?? "") + message, file: source.file, sheet: source.sheet,
                 line: record.line, column: column)
    }

    /// The header of a 1-based column, as written.
    func header(_ column: Int) -> String {
        column - 1 < roles.headers.count ? roles.headers[column - 1] : CellReference.columnLetters(column)
    }

    /// The canonical text of a window: `2025-11-04`, `2025-11-04 am`, `2025-11-04 pm` or
    /// `2025-11-04 09:00-12:00`.
    static func canonical(_ window: TimeWindow) -> String {
        switch (window.start.minutes, window.end.minutes) {
        case (0, 1440): "\(window.date)"
        case (0, 780): "\(window.date) am"
        case (720, 1440): "\(window.date) pm"
        default: window.description
        }
    }
}
