import Scheduling

/// Availability as forms give it: items such as `Mardi 4/11 matin`, `di 4/11 namiddag`, `4 novembre`,
/// `mercredi 5/11 9h-12h` or the contract's `2025-11-05 am`; and checkbox columns whose header names the
/// half-day (`Mardi 4/11 matin`, `Disponibilités [Mardi 4/11 matin]`).
struct FormAvailability {
    /// Reads the dates of the items.
    let dates: FormDate
    /// The week of the event's sessions, when they lie within one Monday–Sunday week: a weekday alone
    /// (`maandag`, `mardi matin`, `Thu 9h-12h`) then names its day of that week.
    var week: EventWeek?

    /// Creates a reader of availability whose dates `dates` reads.
    init(dates: FormDate) {
        self.dates = dates
    }

    /// The expected forms of one item, for messages.
    static let expected = "a day and a half-day like 'mardi 4/11 matin', 'di 4/11 namiddag', "
        + "'4/11 9h-12h' or '2025-11-04 am'"

    /// The window of one typed item.
    func window(_ item: String, notes: inout [String]) throws(ValueProblem) -> TimeWindow {
        if let window = TimeWindow(availability: item) { return window }
        guard let (dateText, part) = Self.split(item) else {
            throw ValueProblem("'\(item)' is not a day with a half-day or hours", expected: Self.expected)
        }
        let date = try date(dateText, notes: &notes)
        switch part {
        case .halfDay(let halfDay): return halfDay.window(on: date)
        case .hours(let start, let end): return TimeWindow(date: date, start: start, end: end)!
        }
    }

    /// Every window of a cell that lists items separated by `;`, `,` or line breaks.
    func windows(_ text: String, notes: inout [String]) throws(ValueProblem) -> [TimeWindow] {
        var windows: [TimeWindow] = []
        for item in FormText.listItems(text, commas: true) { windows.append(try window(item, notes: &notes)) }
        return windows
    }

    /// The part of the day an item names after (or before) its date.
    enum DayPart: Equatable {
        case halfDay(HalfDay)
        case hours(TimeOfDay, TimeOfDay)
    }

    /// Splits an item into the text of its date and the part of the day (the whole day when none is
    /// named); nil when no date can be found in it.
    static func split(_ item: String) -> (date: String, part: DayPart)? {
        let words = item.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return nil }
        for count in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let tail = words[(words.count - count)...].joined(separator: " ")
            let head = words[..<(words.count - count)].joined(separator: " ")
            if let part = dayPart(tail), isDay(head) { return (head, part) }
            let lead = words[..<count].joined(separator: " ")
            let rest = words[count...].filter { !["du", "van", "of", "le"].contains(FormText.fold($0)) }
                .joined(separator: " ")
            if let halfDay = HalfDay(folded: FormText.fold(lead)), isDay(rest) {
                return (rest, .halfDay(halfDay))
            }
        }
        return isDay(item) ? (item, .halfDay(.wholeDay)) : nil
    }

    /// Whether `text` names a day: a date, or a weekday alone.
    private static func isDay(_ text: String) -> Bool {
        FormDate.parts(text) != nil || EventWeek.weekday(text) != nil
    }

    /// The date `text` names: a date as `FormDate` reads it, or a weekday alone as its day of the event's
    /// week; a weekday when the sessions span more than one week is an error that asks for the date.
    func date(_ text: String, notes: inout [String]) throws(ValueProblem) -> LocalDate {
        guard FormDate.parts(text) == nil, let weekday = EventWeek.weekday(text) else {
            return try dates.read(text, notes: &notes)
        }
        guard let week else {
            throw ValueProblem("'\(text)' is a weekday without a date, and the sessions do not lie within one "
                + "Monday-to-Sunday week, so it does not name one day; write the date, like '\(text) 4/11'",
                expected: "a day with its date, like 'mardi 4/11 matin' or 'di 4/11 namiddag'")
        }
        return week.date(weekday)
    }

    /// `matin`, `namiddag`, `9h-12h` → the part of the day; nil otherwise.
    static func dayPart(_ text: String) -> DayPart? {
        if let halfDay = HalfDay(folded: FormText.fold(text)) { return .halfDay(halfDay) }
        if let (start, end) = try? FormTime.readRange(text) { return .hours(start, end) }
        return nil
    }

    /// The windows of a checkbox column whose header is `label`, for the answer `cell`: a yes ticks the
    /// header's day (or half-day); a list of half-days (`Matin, Après-midi`) picks them on the header's day.
    func windows(label: String, cell: String, notes: inout [String]) throws(ValueProblem) -> [TimeWindow] {
        let text = cell.trimmingSpaces()
        if text.isEmpty { return [] }
        if FormText.fold(text) == FormText.fold(label) { return [try window(label, notes: &notes)] }
        if let ticked = try? FormValues.boolean(text) { return ticked ? [try window(label, notes: &notes)] : [] }
        let date = try date(Self.split(label)?.date ?? label, notes: &notes)
        var windows: [TimeWindow] = []
        for item in FormText.listItems(text, commas: true) {
            guard let part = Self.dayPart(item) else {
                throw ValueProblem("'\(text)' is not a yes/no answer nor a list of half-days for '\(label)'",
                                   expected: "yes or no, or half-days like \(HalfDay.expected)")
            }
            switch part {
            case .halfDay(let halfDay): windows.append(halfDay.window(on: date))
            case .hours(let start, let end): windows.append(TimeWindow(date: date, start: start, end: end)!)
            }
        }
        return windows
    }
}
