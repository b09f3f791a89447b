import Foundation
import Scheduling

/// What the dates of a source say about when the event is: the year of dates typed without one, and the
/// days around the event, where a plain number in a date column is read as an Excel serial date.
enum YearHint {
    /// One source table with its columns.
    typealias Table = (kind: TableKind, source: SourceTable, roles: ColumnRoles)

    /// The most common year written in the date cells of the tables (the latest on a tie): session dates,
    /// typed sessions, availability (cells and headers); failing those, the registration times. Nil when none.
    static func year(_ tables: [Table]) -> Int? {
        var years: [Int: Int] = [:]
        var registered: [Int: Int] = [:]
        forEachDate(tables) { parts, isRegistration in
            guard let year = parts.year else { return }
            if isRegistration { registered[year, default: 0] += 1 } else { years[year, default: 0] += 1 }
        }
        let counts = years.isEmpty ? registered : years
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The days within a year of the event: a year before its first written date to a year after its last
    /// (session dates, typed sessions, availability); failing those, a year around the registrations. Nil
    /// when no date of the source has a year.
    static func span(_ tables: [Table]) -> ClosedRange<LocalDate>? {
        var dates: [LocalDate] = []
        var registered: [LocalDate] = []
        forEachDate(tables) { parts, isRegistration in
            guard let year = parts.year, let date = LocalDate(year: year, month: parts.month, day: parts.day) else { return }
            if isRegistration { registered.append(date) } else { dates.append(date) }
        }
        let known = dates.isEmpty ? registered : dates
        guard let first = known.min(), let last = known.max() else { return nil }
        guard let from = LocalDate(daysSinceEpoch: first.daysSinceEpoch - 366),
              let to = LocalDate(daysSinceEpoch: last.daysSinceEpoch + 366) else { return nil }
        return from...to
    }

    /// Calls `body` with each date written in a date cell (or availability header) of the tables, and
    /// whether it is a registration time.
    private static func forEachDate(_ tables: [Table], _ body: (FormDate.Parts, Bool) -> Void) {
        func each(_ text: String, registration: Bool = false) {
            for item in FormText.listItems(text, commas: true) {
                let dateText = FormAvailability.split(item)?.date ?? item
                if let parts = FormDate.parts(dateText) { body(parts, registration) }
            }
        }
        for (_, table, columns) in tables {
            var dateColumns = ["date", "slots", "available"].compactMap { columns.fields[$0] }
            dateColumns += columns.availability.map(\.index)
            for label in columns.availability.map(\.label) { each(label) }
            for record in table.dataRows {
                for index in dateColumns where index < record.fields.count { each(record.fields[index].text) }
                if let index = columns.fields["registered_at"] ?? columns.submittedAt, index < record.fields.count,
                   let stamp = FormValues.timestamp(record.fields[index].text.trimmingSpaces()) {
                    each(String(stamp.prefix(10)), registration: true)
                }
            }
        }
    }

    /// The current year, the centre of the search for a year in which a weekday matches.
    static var currentYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }
}
