import Foundation

/// The year of dates typed without one, taken from the dates of the source that have one: session dates,
/// typed sessions, availability (cells and headers); failing those, the registration times.
enum YearHint {
    /// The most common year written in the date cells of the tables (the latest on a tie); nil when none.
    static func year(tables: [TableKind: SourceTable], roles: [TableKind: ColumnRoles]) -> Int? {
        var years: [Int: Int] = [:]
        var registered: [Int: Int] = [:]
        func count(_ text: String, in counts: inout [Int: Int]) {
            for item in FormText.listItems(text, commas: true) {
                let dateText = FormAvailability.split(item)?.date ?? item
                if let year = FormDate.parts(dateText)?.year { counts[year, default: 0] += 1 }
            }
        }
        for (kind, table) in tables {
            guard let columns = roles[kind] else { continue }
            var dateColumns = ["date", "slots", "available"].compactMap { columns.fields[$0] }
            dateColumns += columns.availability.map(\.index)
            for label in columns.availability.map(\.label) { count(label, in: &years) }
            for record in table.dataRows {
                for index in dateColumns where index < record.fields.count { count(record.fields[index].text, in: &years) }
                if let index = columns.fields["registered_at"], index < record.fields.count {
                    let stamp = record.fields[index].text.trimmingSpaces()
                    if let year = FormValues.timestamp(stamp).flatMap({ Int($0.prefix(4)) }) {
                        registered[year, default: 0] += 1
                    }
                }
            }
        }
        let counts = years.isEmpty ? registered : years
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// The current year, the centre of the search for a year in which a weekday matches.
    static var currentYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) }
}
