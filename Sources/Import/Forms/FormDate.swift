import Scheduling

/// Dates as people type them in Belgium, day first: `04/11/2025`, `4-11-25`, `4.11`, `2025-11-04`,
/// `mardi 4 novembre`, `di 4 nov.`, `Tuesday 4 November 2025`. A date without a year takes the year of
/// the other dates of the source; a weekday, when given, must match the date.
struct FormDate {
    /// The year of dates written without one; nil when no other date gave it.
    let defaultYear: Int?
    /// The year around which to look for one where a weekday matches, when no other date gives the year.
    var currentYear = 2025
    /// The days within a year of the event, where a plain number in a date column is read as a serial
    /// date; nil when no date of the source says when the event is.
    var serialDays: ClosedRange<LocalDate>?

    /// What the pieces of a typed date are, before a year is chosen.
    struct Parts: Equatable {
        var day: Int
        var month: Int
        var year: Int?
        var weekday: Int?
    }

    /// The expected forms, for messages.
    static let expected = "a date like 04/11/2025, 4-11-25, 2025-11-04 or mardi 4 novembre"

    /// Reads `text` as a date; `notes` receives a warning when the year had to be guessed.
    func read(_ text: String, notes: inout [String]) throws(ValueProblem) -> LocalDate {
        guard let parts = Self.parts(text) else {
            throw ValueProblem("'\(text)' is not a date", expected: Self.expected)
        }
        return try resolve(parts, text: text, notes: &notes)
    }

    /// Reads the cell of a date column: a date as `read` does, or a plain number, which is a date cell that
    /// lost its format in a spreadsheet: read as a serial date when it falls within a year of the event
    /// (with a note that says so), an error otherwise.
    func readCell(_ text: String, notes: inout [String]) throws(ValueProblem) -> LocalDate {
        let trimmed = text.trimmingSpaces()
        guard trimmed.first?.isASCIIDigit == true, trimmed.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," }),
              Self.parts(trimmed) == nil else { return try read(text, notes: &notes) }
        let around = serialDays.map { "\($0.lowerBound) to \($0.upperBound)" }
        guard let date = SerialDate.date(serial: trimmed), let serialDays, serialDays.contains(date) else {
            throw ValueProblem("'\(text)' is not a date: a plain number is read as a spreadsheet's serial date only "
                + (around.map { "when it falls within a year of the event (\($0))" }
                    ?? "when other dates of the source say when the event is"),
                expected: Self.expected, suggestion: "format the cell as a date (dd/mm/yyyy) in the spreadsheet")
        }
        notes.append("'\(text)' is a number, read as the spreadsheet serial date \(date) "
            + "(\(FormWords.weekdayName(date.isoWeekday))): the cell lost its date format; check it, and format the "
            + "column as dates")
        return date
    }

    /// The date of `parts`, with the year chosen when missing and the weekday checked.
    func resolve(_ parts: Parts, text: String, notes: inout [String]) throws(ValueProblem) -> LocalDate {
        var year = parts.year ?? defaultYear
        if year == nil, let weekday = parts.weekday {
            year = Self.nearestYear(day: parts.day, month: parts.month, weekday: weekday, around: currentYear)
            if let year {
                notes.append("'\(text)' has no year and no other date gives one; it is read as \(year), "
                    + "the nearest year in which it falls on a \(FormWords.weekdayName(weekday))")
            }
        }
        guard let year else {
            throw ValueProblem("'\(text)' has no year, and no other date of the source gives one",
                               expected: "a date with its year, like 04/11/2025")
        }
        guard let date = LocalDate(year: year, month: parts.month, day: parts.day) else {
            throw ValueProblem("'\(text)' is not a date of the calendar: \(FormWords.monthName(parts.month)) \(year) "
                + "has \(Self.daysIn(month: parts.month, year: year)) days", expected: Self.expected)
        }
        if let weekday = parts.weekday, weekday != date.isoWeekday {
            let written = parts.year == nil ? "\(text) \(year)" : text
            throw ValueProblem("\(written) is a \(FormWords.weekdayName(date.isoWeekday)), "
                + "not a \(FormWords.weekdayName(weekday)); check the day and the weekday",
                expected: "a date whose weekday matches", suggestion: "\(date)")
        }
        return date
    }

    /// Splits `text` into day, month, year and weekday; nil when it is not a date.
    static func parts(_ text: String) -> Parts? {
        let trimmed = text.trimmingSpaces()
        if let date = LocalDate(iso: trimmed.prefix(10)), trimmed.count == 10 || Self.isMidnight(trimmed.dropFirst(10)) {
            return Parts(day: date.day, month: date.month, year: date.year)
        }
        var tokens = FormText.plain(trimmed).replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: \.isWhitespace).map { String($0) }
        tokens = tokens.map { $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isLetter) ? String($0.dropLast()) : $0 }
        tokens.removeAll { ["le", "de", "du", "den", "op", "the", "on", "dag"].contains($0) }
        var weekday: Int?
        if tokens.count > 1, let found = FormWords.weekdays[tokens[0]] {
            weekday = found
            tokens.removeFirst()
        }
        guard var parts = numericParts(tokens) ?? wordParts(tokens) else { return nil }
        parts.weekday = weekday
        return parts
    }

    /// `4/11`, `04/11/2025`, `4-11-25`, `4.11.2025` (one token).
    private static func numericParts(_ tokens: [String]) -> Parts? {
        guard tokens.count == 1 else { return nil }
        let pieces = tokens[0].split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard (2...3).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              pieces[0].count <= 2, pieces[1].count <= 2,
              let day = Int(pieces[0]), let month = Int(pieces[1]), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        var year: Int?
        if pieces.count == 3 {
            guard pieces[2].count == 2 || pieces[2].count == 4, let y = Int(pieces[2]) else { return nil }
            year = y < 100 ? 2000 + y : y
        }
        return Parts(day: day, month: month, year: year)
    }

    /// `4 novembre`, `4 nov 2025`, `1er décembre`.
    private static func wordParts(_ tokens: [String]) -> Parts? {
        guard (2...3).contains(tokens.count), let day = dayNumber(tokens[0]), let month = FormWords.months[tokens[1]]
        else { return nil }
        var year: Int?
        if tokens.count == 3 {
            guard tokens[2].count == 4, tokens[2].allSatisfy(\.isASCIIDigit), let y = Int(tokens[2]) else { return nil }
            year = y
        }
        return Parts(day: day, month: month, year: year)
    }

    /// `4`, `04`, `1er`, `1e`, `2nd`, `4th` → the day number.
    private static func dayNumber(_ token: String) -> Int? {
        let digits = token.prefix { $0.isASCIIDigit }
        let rest = token.dropFirst(digits.count)
        guard !digits.isEmpty, ["", "er", "e", "ste", "de", "st", "nd", "rd", "th"].contains(String(rest)),
              let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// Whether what follows a date is a midnight time (` 00:00` or ` 00:00:00`), as a workbook writes a date.
    private static func isMidnight(_ rest: Substring) -> Bool {
        [" 00:00", " 00:00:00", "T00:00:00"].contains(String(rest))
    }

    /// The year nearest to `center` (within ten years) in which the day falls on `weekday`.
    static func nearestYear(day: Int, month: Int, weekday: Int, around center: Int) -> Int? {
        for offset in 0...10 {
            for year in [center + offset, center - offset] {
                if let date = LocalDate(year: year, month: month, day: day), date.isoWeekday == weekday { return year }
            }
        }
        return nil
    }

    /// The number of days of a month.
    private static func daysIn(month: Int, year: Int) -> Int {
        (28...31).last { LocalDate(year: year, month: month, day: $0) != nil } ?? 28
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
