/// The length and characters allowed in each text field of hosts.csv, sessions.csv and
/// visitors.csv, checked on every row before anything is built: ids and names at most 200
/// characters, descriptions and lists at most 5,000, and no control characters (a terminal escape
/// or a NUL in a name reaches pages, calendars and mails). Tabs and line breaks are allowed where a
/// person may write several lines (descriptions, addresses, lists).
enum TextLimits {
    /// Most characters of an id, a name or any other short field.
    static let short = 200
    /// Most characters of a description or a `;`-separated list.
    static let long = 5_000
    /// Most characters of an e-mail address (RFC 5321).
    static let email = 254
    /// Most bytes of one input file: far more than any week's registrations.
    static let fileBytes = 64 * 1024 * 1024

    /// Columns that may hold long text or lists, and several lines.
    static let longColumns: Set<String> = ["description", "choices", "available", "languages"]
    /// Columns that may hold several lines without being long.
    static let multilineColumns: Set<String> = ["address"]
    /// Columns of ids: one line, short.
    static let idColumns: Set<String> = ["host_id", "session_id", "visitor_id"]

    /// The most characters `column` may hold.
    static func limit(of column: String) -> Int {
        if longColumns.contains(column) { return long }
        return column.hasSuffix("email") ? email : short
    }

    /// Adds an error for each field of a known column of `table` that is too long or holds a
    /// control character. `known` are the contract's columns of the file.
    static func check(_ table: CSVTable, file: String, known: [String], diagnostics: inout [Diagnostic]) {
        guard let header = table.header else { return }
        var columns: [Int: String] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = field.text.trimmingSpaces().lowercased()
            if known.contains(name), !columns.values.contains(name) { columns[index] = name }
        }
        for record in table.rows {
            for (index, column) in columns where index < record.fields.count {
                let field = record.fields[index]
                guard let problem = problem(field.text, column: column) else { continue }
                diagnostics.append(.error("\(column) \(problem)", file: file, sheet: table.sheet, line: field.line,
                                          column: field.column > 0 ? field.column : nil))
            }
        }
    }

    /// What is wrong with `text` in `column`; nil when nothing is.
    static func problem(_ text: String, column: String) -> String? {
        let limit = limit(of: column)
        var count = 0
        let lines = longColumns.contains(column) || multilineColumns.contains(column)
        for scalar in text.unicodeScalars {
            count += 1
            if count > limit * 4 { break }  // long enough to say so; no need to count a 200 MB field
            let value = scalar.value
            let allowedBreak = value == 0x09 || (lines && (value == 0x0A || value == 0x0D))
            if Diagnostic.isInvisibleControl(scalar), !allowedBreak {
                return "holds the control character U+\(String(value, radix: 16, uppercase: true).leftPadded(4)), "
                    + "which cannot be shown; retype the value" + (value == 0x0A ? " on one line" : "")
            }
        }
        let characters = count > limit * 4 ? count : text.count
        guard characters > limit else { return nil }
        return "has \(count > limit * 4 ? "more than \(limit * 4)" : String(characters)) characters; it can have at most \(limit)"
    }
}

private extension String {
    /// The text with `0` in front up to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
