import SWXMLHash

/// Which cell styles of a workbook show a date or a time: numbers are stored as serial days, and only the
/// number format of the cell's style tells a date from a count.
struct XLSXNumberFormats {
    /// What a number format shows.
    enum Shows {
        case number
        case date
        case time
        case dateTime
    }

    /// What each style (the cell's `s` attribute, an index into `cellXfs`) shows.
    private var styles: [Shows] = []

    /// No styles: every number is a number.
    init() {}

    /// Reads `xl/styles.xml`.
    init(_ xml: XMLIndexer) {
        var custom: [Int: String] = [:]
        for format in xml["styleSheet"]["numFmts"]["numFmt"].all {
            if let id = format.element?.attribute(by: "numFmtId").flatMap({ Int($0.text) }),
               let code = format.element?.attribute(by: "formatCode")?.text {
                custom[id] = code
            }
        }
        styles = xml["styleSheet"]["cellXfs"]["xf"].all.map { xf in
            let id = xf.element?.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
            if let code = custom[id] { return Self.shows(code: code) }
            return Self.shows(builtIn: id)
        }
    }

    /// What the cell style `index` shows.
    func shows(style index: Int?) -> Shows {
        guard let index, styles.indices.contains(index) else { return .number }
        return styles[index]
    }

    /// Built-in formats: 14–17 and 22 are dates, 18–21 and 45–47 times.
    private static func shows(builtIn id: Int) -> Shows {
        switch id {
        case 14...17: .date
        case 22: .dateTime
        case 18...21, 45...47: .time
        default: .number
        }
    }

    /// A custom format code: a date when it has day, month or year letters, a time when it has hours or
    /// seconds (text in quotes, `[colours]` and `\`-escaped characters do not count).
    static func shows(code: String) -> Shows {
        var hasDate = false
        var hasTime = false
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        let lowered = code.lowercased()
        if lowered.contains("[h") || lowered.contains("[m") || lowered.contains("[s") { hasTime = true }
        for character in lowered {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                guard !inQuotes, !inBrackets else { continue }
                if character == "d" || character == "y" { hasDate = true }
                if character == "h" || character == "s" { hasTime = true }
                if character == "m", !hasTime { hasDate = true }
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return .number
        }
    }
}
