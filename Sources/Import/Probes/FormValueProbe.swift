import Foundation
import Scheduling

/// Entry point of the form-value fuzz target: every reader of typed form values (dates, times and
/// hours, languages, yes/no, numbers, kinds, timestamps, availability) on one hostile text, with the
/// properties each kept value must have.
package enum FormValueProbe {
    /// The week the probe's availability reads weekdays in (Monday 3 November 2025).
    private static let week = EventWeek(sessionDates: [LocalDate(iso: "2025-11-03")!, LocalDate(iso: "2025-11-07")!])

    /// Reads `data` (as UTF-8, invalid bytes replaced) with every value reader; the first line alone is
    /// also read as the header of an availability column whose answer is the rest. Returns how many
    /// readings gave a value.
    @discardableResult
    package static func read(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        var kept = 0
        var notes: [String] = []
        for year in [2025, nil] as [Int?] {
            var dates = FormDate(defaultYear: year)
            dates.serialDays = LocalDate(iso: "2025-01-01")!...LocalDate(iso: "2026-12-31")!
            kept += date(text, dates, &notes) + availability(text, dates, &notes)
        }
        kept += (try? FormTime.read(text)) == nil ? 0 : 1
        if let (start, end) = try? FormTime.readRange(text) {
            precondition(start < end, "a range whose end is not after its start")
            kept += 1
        }
        if let languages = try? FormValues.languages(text) {
            precondition(!languages.isEmpty && Set(languages).count == languages.count, "an empty or repeated language list")
            kept += 1
        }
        kept += (try? FormValues.language(text)) == nil ? 0 : 1
        kept += (try? FormValues.boolean(text)) == nil ? 0 : 1
        if let number = try? FormValues.wholeNumber(text, atLeast: 1) {
            precondition(number >= 1, "a whole number below its minimum")
            kept += 1
        }
        kept += (try? FormValues.kind(text)) == nil ? 0 : 1
        kept += FormValues.timestamp(text) == nil ? 0 : 1
        _ = FormValues.decimal(text)
        _ = FormValues.email(text)
        return kept + notes.count
    }

    /// Reads `text` as a date and as a date cell; a weekday that is given matches the date.
    private static func date(_ text: String, _ dates: FormDate, _ notes: inout [String]) -> Int {
        var kept = 0
        if let date = try? dates.read(text, notes: &notes) {
            if let weekday = FormDate.parts(text)?.weekday {
                precondition(date.isoWeekday == weekday, "\(date) read from a text naming another weekday")
            }
            kept += 1
        }
        kept += (try? dates.readCell(text, notes: &notes)) == nil ? 0 : 1
        return kept
    }

    /// Reads `text` as a list of availability items, and as a checkbox column (first line the header,
    /// the rest the answer).
    private static func availability(_ text: String, _ dates: FormDate, _ notes: inout [String]) -> Int {
        var reader = FormAvailability(dates: dates)
        reader.week = week
        var windows = (try? reader.windows(text, notes: &notes)) ?? []
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if lines.count == 2 { windows += (try? reader.windows(label: lines[0], cell: lines[1], notes: &notes)) ?? [] }
        return windows.count
    }
}
