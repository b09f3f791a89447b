/// A problem found in the input, located by file, line and column so that a team can fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem stops planning (`error`) or is only worth a look (`warning`).
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file name as the user knows it, e.g. `hosts.csv`.
    public var file: String
    /// The 1-based physical line where the record (or YAML node) starts; nil for the whole file.
    public var line: Int?
    /// The 1-based field number in the CSV record, or the column in a YAML line.
    public var column: Int?
    /// What was found and what was expected, naming the column header.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates an error.
    public static func error(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(severity: .error, file: file, line: line, column: column, message: message)
    }

    /// Creates a warning.
    public static func warning(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, file: file, line: line, column: column, message: message)
    }

    /// Whether the problem stops planning.
    public var isError: Bool { severity == .error }

    /// The location: `hosts.csv:4:3`, `hosts.csv:4` or `hosts.csv`.
    public var location: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// `hosts.csv:4:3: error: capacity must be a whole number ≥ 1, found 'abc'`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// The diagnostics sorted by file, then line, then column; whole-file problems come first,
    /// and problems at the same place keep the order in which they were found.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let ka = (a.element.file, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (b.element.file, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    /// Whether any of the diagnostics is an error.
    var containsError: Bool { contains { $0.severity == .error } }
}
