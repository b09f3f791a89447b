/// The records of a CSV file as read, each field with the line and field number where it starts; also the
/// rows of a worksheet (line = row number, column = worksheet column) or a table built in memory from either.
struct CSVTable: Sendable {
    /// One field of a record: its text (unquoted, not trimmed) and where it starts.
    struct Field: Hashable, Sendable {
        var text: String
        /// The 1-based physical line where the field starts.
        var line: Int
        /// The 1-based position of the field in its record (the worksheet column); 0 when the value was made
        /// by po-plan and has no cell of its own.
        var column: Int
    }

    /// One record: the physical line where it starts and its fields, in file order.
    struct Record: Hashable, Sendable {
        /// The 1-based physical line where the record starts.
        var line: Int
        var fields: [Field]

        /// Whether every field is empty or white space (a blank line, or a row of only delimiters).
        var isBlank: Bool { fields.allSatisfy { $0.text.trimmingSpaces().isEmpty } }

        /// The texts of the fields, for tests and quick looks.
        var texts: [String] { fields.map(\.text) }

        /// An error at the first value beyond a header of `width` columns, which a `delimiter` inside an unquoted
        /// value puts there by shifting every later column; nil when only blanks follow the last column.
        func widthError(header width: Int, delimiter: Character, file: String, sheet: String? = nil) -> Diagnostic? {
            guard let extra = fields.dropFirst(width).first(where: { !$0.text.trimmingSpaces().isEmpty }) else { return nil }
            return .error("this row has \(fields.count) values but the header has \(width) columns; a value that "
                + "contains '\(delimiter)' is probably not in quotes, which shifts the columns after it",
                file: file, sheet: sheet, line: line, column: extra.column)
        }
    }

    /// Every record of the file, the header included; a final line break adds no record.
    var records: [Record]
    /// The worksheet the records come from, when they come from a workbook.
    var sheet: String? = nil

    /// The first record that is not blank, which names the columns.
    var header: Record? { records.first { !$0.isBlank } }

    /// The records after the header.
    var rows: ArraySlice<Record> {
        guard let position = records.firstIndex(where: { !$0.isBlank }) else { return [] }
        return records[(position + 1)...]
    }
}
