import Scheduling

/// Times of day as people type them: `9h30`, `9u30`, `09.30`, `9:30`, `9h`, `14 u`, `09:30:00`; and ranges
/// such as `9h30-11h`, `de 9h30 à 11h`, `van 9u30 tot 11u`, `9:30–11:00`.
enum FormTime {
    /// The expected forms of one time, for messages.
    static let expected = "a time like 9h30, 9u30, 09.30 or 9:30"
    /// The expected forms of a range, for messages.
    static let expectedRange = "hours like 9h30-11h, 9u30-11u or 09:30-11:00"

    /// Reads one time of day between 00:00 and 24:00.
    static func read(_ text: String) throws(ValueProblem) -> TimeOfDay {
        guard let time = parse(text) else {
            throw ValueProblem("'\(text)' is not a time of day", expected: expected)
        }
        return time
    }

    /// One time, or nil.
    static func parse(_ text: some StringProtocol) -> TimeOfDay? {
        var t = FormText.plain(text).filter { !$0.isWhitespace }
        for suffix in ["uur", "hrs", "hr", "h", "u"] where t.hasSuffix(suffix) && t.count > suffix.count {
            let stem = t.dropLast(suffix.count)
            if stem.last?.isASCIIDigit == true { t = String(stem) }
            break
        }
        let separators: Set<Character> = ["h", "u", ":", "."]
        let pieces = t.split(whereSeparator: separators.contains).map(String.init)
        guard (1...3).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              pieces[0].count <= 2, let hour = Int(pieces[0]) else { return nil }
        var minute = 0
        if pieces.count >= 2 {
            guard pieces[1].count == 2, let m = Int(pieces[1]) else { return nil }
            minute = m
        }
        if pieces.count == 3 {
            guard pieces[2].count == 2, pieces[2] == "00" else { return nil }
        }
        if pieces.count == 1, t.contains(":") || t.contains(".") { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }

    /// Reads a range such as `9h30-11h`; the end must come after the start.
    static func readRange(_ text: String) throws(ValueProblem) -> (start: TimeOfDay, end: TimeOfDay) {
        guard let (startText, endText) = splitRange(text) else {
            throw ValueProblem("'\(text)' is not a start and an end time", expected: expectedRange)
        }
        guard let start = parse(startText), let end = parse(endText) else {
            throw ValueProblem("'\(text)' is not a start and an end time", expected: expectedRange)
        }
        guard start < end else {
            throw ValueProblem("in '\(text)' the end \(end) is not after the start \(start)", expected: expectedRange)
        }
        return (start, end)
    }

    /// The two sides of a range, split at `-`, `–`, `—`, `à`, `tot`, `to`, with `de`, `van`, `from` dropped.
    static func splitRange(_ text: String) -> (String, String)? {
        var words = FormText.plain(text)
            .replacingOccurrences(of: "–", with: " - ").replacingOccurrences(of: "—", with: " - ")
            .replacingOccurrences(of: "-", with: " - ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
        words.removeAll { ["de", "van", "from", "entre", "tussen", "between"].contains($0) }
        guard let cut = words.firstIndex(where: { ["-", "a", "tot", "to", "et", "en", "and"].contains($0) }),
              cut > 0, cut < words.count - 1 else { return nil }
        return (words[..<cut].joined(separator: " "), words[(cut + 1)...].joined(separator: " "))
    }
}
