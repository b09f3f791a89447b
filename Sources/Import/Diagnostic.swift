/// A problem found in the input, located by file, line and column (or by sheet and cell in a workbook)
/// so that a team can fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem stops planning (`error`) or is only worth a look (`warning`).
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file name as the user knows it, e.g. `hosts.csv` or `inscriptions.xlsx`.
    public var file: String
    /// The worksheet of a workbook, e.g. `Feuil1`; nil for CSV and YAML files.
    public var sheet: String?
    /// The 1-based physical line where the record (or YAML node) starts, or the row of a worksheet;
    /// nil for the whole file.
    public var line: Int?
    /// The 1-based field number in the CSV record, the column in a YAML line, or the worksheet column.
    public var column: Int?
    /// What was found and what was expected, naming the column header.
    public var message: String
    /// The offending value as it was found, when the problem is about one value.
    public var found: String?
    /// What the value should look like, when the problem is about one value.
    public var expected: String?
    /// What to do about it, when there is a likely fix (such as the name that was probably meant).
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(severity: Severity, file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil,
                message: String, found: String? = nil, expected: String? = nil, suggestion: String? = nil) {
        self.severity = severity
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.message = message
        self.found = found
        self.expected = expected
        self.suggestion = suggestion
    }

    /// Creates an error.
    public static func error(_ message: String, file: String, sheet: String? = nil, line: Int? = nil,
                             column: Int? = nil) -> Diagnostic {
        Diagnostic(severity: .error, file: file, sheet: sheet, line: line, column: column, message: message)
    }

    /// Creates a warning.
    public static func warning(_ message: String, file: String, sheet: String? = nil, line: Int? = nil,
                               column: Int? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, file: file, sheet: sheet, line: line, column: column, message: message)
    }

    /// Whether the problem stops planning.
    public var isError: Bool { severity == .error }

    /// The worksheet cell in A1 style, e.g. `C4`; nil outside a workbook or without a row and column.
    public var cell: String? {
        guard sheet != nil, let line, let column else { return nil }
        return CellReference.columnLetters(column) + "\(line)"
    }

    /// The location: `hosts.csv:4:3`, `hosts.csv:4` or `hosts.csv`; in a workbook
    /// `inscriptions.xlsx:Feuil1!C4`, `inscriptions.xlsx:Feuil1!4:4` (a whole row) or `inscriptions.xlsx:Feuil1`.
    public var location: String {
        var text = file
        if let sheet {
            text += ":" + CellReference.quotedSheetName(sheet)
            if let cell {
                text += "!\(cell)"
            } else if let line {
                text += "!\(line):\(line)"
            }
            return text
        }
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// `hosts.csv:4:3: error: capacity must be a whole number ≥ 1, found 'abc'`; control characters of
    /// the file name or the message (a value it quotes) are written visibly (see `printable`).
    public var description: String { Self.printable("\(location): \(severity.rawValue): \(message)") }
}

extension Array where Element == Diagnostic {
    /// The diagnostics sorted by file, then sheet, then line, then column; whole-file problems come first,
    /// and problems at the same place keep the order in which they were found.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let ka = (a.element.file, a.element.sheet ?? "", a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.file, b.element.sheet ?? "", b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// Whether any of the diagnostics is an error.
    var containsError: Bool { contains { $0.severity == .error } }
}
