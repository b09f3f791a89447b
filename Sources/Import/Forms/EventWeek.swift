import Scheduling

/// The Monday-to-Sunday week in which every session of the event lies, so that a weekday typed alone
/// (`maandag`, `mardi matin`, `Thu`) names one date.
struct EventWeek: Equatable {
    /// The Monday of the week.
    let monday: LocalDate

    /// The week of `sessionDates`; nil when there are none or they do not lie within one week.
    init?(sessionDates: [LocalDate]) {
        guard let first = sessionDates.min(), let last = sessionDates.max() else { return nil }
        let monday = first.daysSinceEpoch - (first.isoWeekday - 1)
        guard last.daysSinceEpoch - monday < 7 else { return nil }
        guard let monday = LocalDate(daysSinceEpoch: monday) else { return nil }
        self.monday = monday
    }

    /// The date of an ISO weekday (1 is Monday) in this week.
    func date(_ weekday: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: monday.daysSinceEpoch + weekday - 1) ?? monday
    }

    /// The ISO weekday named by `text` alone (`maandag`, `mar.`, `Thursday`); nil when it names more.
    static func weekday(_ text: String) -> Int? {
        let words = FormText.words(text)
        guard words.count == 1 else { return nil }
        return FormWords.weekdays[words[0]]
    }
}
