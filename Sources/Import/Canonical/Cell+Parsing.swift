import Scheduling

/// Reading the contract's kinds of values from a cell.
///
/// Every parser returns nil for an empty cell without a diagnostic (the caller applies the default,
/// or asks for `required` first), and nil with an error naming the column and the value found when
/// the value is not of the expected kind.
extension Cell {
    /// An id of a host, session or visitor: it must not contain `;`, which separates choices.
    func identifier(_ diagnostics: inout [Diagnostic]) -> String? {
        guard !isEmpty else { return nil }
        if text.contains(";") {
            diagnostics.append(invalid("an id without ';' (';' separates the ids in choices)"))
            return nil
        }
        return text
    }

    /// A whole number at least `minimum`, written with digits only.
    func wholeNumber(atLeast minimum: Int, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard !isEmpty else { return nil }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), value >= minimum else {
            diagnostics.append(invalid("a whole number ≥ \(minimum)"))
            return nil
        }
        return value
    }

    /// A whole number within `range` (see `ValueRange`), written with digits only; the message
    /// gives the range, so a value too large to read says so instead of overflowing.
    func wholeNumber(in range: ClosedRange<Int>, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard !isEmpty else { return nil }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 19, let value = Int(text),
              range.contains(value) else {
            diagnostics.append(invalid("a whole number \(ValueRange.words(range))"))
            return nil
        }
        return value
    }

    /// A date written `YYYY-MM-DD`.
    func date(_ diagnostics: inout [Diagnostic]) -> LocalDate? {
        guard !isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else {
            diagnostics.append(invalid("a date written YYYY-MM-DD, like 2025-11-05"))
            return nil
        }
        return date
    }

    /// A session's start or end, written `HH:MM` between 00:00 and 23:59.
    func sessionTime(_ diagnostics: inout [Diagnostic]) -> TimeOfDay? {
        guard !isEmpty else { return nil }
        guard let time = TimeOfDay(hhmm: text), time < .endOfDay else {
            diagnostics.append(invalid("a time written HH:MM between 00:00 and 23:59, like 09:30"))
            return nil
        }
        return time
    }

    /// A yes/no answer: `yes/no`, `true/false`, `1/0`, `oui/non`, `ja/nee`, in any case.
    func boolean(_ diagnostics: inout [Diagnostic]) -> Bool? {
        guard !isEmpty else { return nil }
        switch text.lowercased() {
        case "yes", "true", "1", "oui", "ja": return true
        case "no", "false", "0", "non", "nee": return false
        default:
            diagnostics.append(invalid("yes or no (also true/false, 1/0, oui/non, ja/nee)"))
            return nil
        }
    }

    /// One ISO 639-1 language code such as `fr`, in any case (kept in lower case).
    func language(_ diagnostics: inout [Diagnostic]) -> Language? {
        guard !isEmpty else { return nil }
        guard let language = Language(code: text) else {
            diagnostics.append(invalid("a two-letter ISO 639-1 language code like fr, nl or en"))
            return nil
        }
        warnIfUnknown([language], &diagnostics)
        return language
    }

    /// A `;`-separated list of ISO 639-1 codes such as `fr;nl`; repeats are dropped, order is kept.
    func languages(_ diagnostics: inout [Diagnostic]) -> [Language]? {
        guard !isEmpty else { return nil }
        var languages: [Language] = []
        var wrong: [String] = []
        for item in listItems {
            if let language = Language(code: item) {
                if !languages.contains(language) { languages.append(language) }
            } else {
                wrong.append("'\(item)'")
            }
        }
        if !wrong.isEmpty || languages.isEmpty {
            let which = wrong.isEmpty ? "" : " (\(wrong.joined(separator: ", ")) \(wrong.count == 1 ? "is not one" : "are not"))"
            diagnostics.append(invalid("two-letter ISO 639-1 language codes separated by ';' like fr;nl\(which)"))
            return nil
        }
        warnIfUnknown(languages, &diagnostics)
        return languages
    }

    /// A warning for well-formed codes that are not in ISO 639-1 (they are kept as written).
    private func warnIfUnknown(_ languages: [Language], _ diagnostics: inout [Diagnostic]) {
        let unknown = languages.filter { !ISO639.codes.contains($0.code) }
        guard !unknown.isEmpty else { return }
        let list = unknown.map { "'\($0.code)'" }.joined(separator: ", ")
        diagnostics.append(warning("\(header): \(list) \(unknown.count == 1 ? "is not an ISO 639-1 language code" : "are not ISO 639-1 language codes") "
            + "(Dutch is nl, French fr, English en); it is kept as written"))
    }

    /// A decimal number of degrees written with a `.`, within `range`.
    func degrees(within range: ClosedRange<Double>, _ diagnostics: inout [Diagnostic]) -> Double? {
        guard !isEmpty else { return nil }
        let allowed = Set("0123456789.-+")
        guard text.allSatisfy(allowed.contains), let value = Double(text) else {
            diagnostics.append(invalid("a decimal number of degrees written with a '.', like 50.8466"))
            return nil
        }
        guard range.contains(value) else {
            diagnostics.append(invalid("between \(Int(range.lowerBound)) and \(Int(range.upperBound)) degrees"))
            return nil
        }
        return value
    }

    /// One e-mail address, a bare addr-spec of RFC 5322 (see `EmailAddress`). With `severity`
    /// `.warning` a value that is not one is reported and left out (nil), never kept.
    func email(_ diagnostics: inout [Diagnostic], severity: Diagnostic.Severity = .error) -> String? {
        guard !isEmpty else { return nil }
        guard let problem = EmailAddress.problem(text) else { return text }
        var diagnostic = invalid("one e-mail address like name@example.org, without a name, brackets, "
            + "commas or '?' (\(problem))" + (severity == .warning ? "; it is left out" : ""))
        diagnostic.severity = severity
        diagnostics.append(diagnostic)
        return nil
    }

    /// A date-time kept as text; a warning when it does not look like ISO 8601
    /// (`2025-10-26T18:44:15+01:00`, `2025-10-26 18:44`, `2025-10-26`).
    func timestamp(_ diagnostics: inout [Diagnostic]) -> String? {
        guard !isEmpty else { return nil }
        if !Self.looksLikeISO8601(text) {
            diagnostics.append(warning(
                "\(header) should be an ISO 8601 date-time like 2025-10-26T18:44:15+01:00, found '\(text)'; "
                    + "it is kept as written"))
        }
        return text
    }

    /// Availability windows separated by `;`: `YYYY-MM-DD`, `YYYY-MM-DD am`, `YYYY-MM-DD pm` or
    /// `YYYY-MM-DD HH:MM-HH:MM`; one error per window that is not one of these.
    func windows(_ diagnostics: inout [Diagnostic]) -> [TimeWindow]? {
        guard !isEmpty else { return nil }
        var windows: [TimeWindow] = []
        var valid = true
        for item in listItems {
            if let window = TimeWindow(availability: item) {
                windows.append(window)
                continue
            }
            valid = false
            diagnostics.append(error("\(header): " + Self.windowProblem(item)))
        }
        return valid ? windows : nil
    }

    /// What is wrong with one availability window that does not read.
    private static func windowProblem(_ item: String) -> String {
        let words = item.split(whereSeparator: \.isWhitespace)
        if words.count == 2, LocalDate(iso: words[0]) != nil {
            let ends = words[1].split(separator: "-", omittingEmptySubsequences: false)
            if ends.count == 2, let start = TimeOfDay(hhmm: ends[0]), let end = TimeOfDay(hhmm: ends[1]), end <= start {
                return "in the window '\(item)' the end \(end) is not after the start \(start)"
            }
        }
        return "'\(item)' is not a window; expected YYYY-MM-DD, YYYY-MM-DD am, YYYY-MM-DD pm "
            + "or YYYY-MM-DD HH:MM-HH:MM, separated by ';'"
    }

    /// Whether `text` is an ISO 8601 date-time as po-plan reads them (`ISO8601Text`).
    static func looksLikeISO8601(_ text: String) -> Bool { ISO8601Text.parse(text) != nil }
}
