/// One value of a CSV record under a known column, with what is needed to point at it in a diagnostic.
struct Cell {
    /// The file name as the user knows it.
    let file: String
    /// The worksheet, in a workbook.
    var sheet: String? = nil
    /// The physical line where the record starts.
    let line: Int
    /// The field number of the column, or nil when the file has no such column.
    let column: Int?
    /// The column's name as the contract spells it, e.g. `capacity`.
    let header: String
    /// The value with leading and trailing white space removed.
    let text: String

    /// Whether the field is empty (or the column is missing): an optional field then takes its default.
    var isEmpty: Bool { text.isEmpty }

    /// Whether the file has no such column at all (already reported once, at its header).
    var isColumnMissing: Bool { column == nil }

    /// The value, or nil when empty.
    var optionalText: String? { text.isEmpty ? nil : text }

    /// An error about this cell.
    func error(_ message: String) -> Diagnostic {
        .error(message, file: file, sheet: sheet, line: line, column: column)
    }

    /// A warning about this cell.
    func warning(_ message: String) -> Diagnostic {
        .warning(message, file: file, sheet: sheet, line: line, column: column)
    }

    /// `capacity must be a whole number ≥ 1, found 'abc'`: the column, what is expected, the value.
    func invalid(_ expected: String) -> Diagnostic {
        var problem = error("\(header) must be \(expected), found '\(text)'")
        problem.found = text
        problem.expected = expected
        return problem
    }

    /// The cell itself when it holds a value; an error when it is empty (none when the column is missing,
    /// which the header check has reported).
    func required(_ diagnostics: inout [Diagnostic]) -> Cell? {
        if !isEmpty { return self }
        if !isColumnMissing { diagnostics.append(error("\(header) is empty; it is required")) }
        return nil
    }

    /// The items of a `;`-separated list, trimmed, empty items left out.
    var listItems: [String] {
        text.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
