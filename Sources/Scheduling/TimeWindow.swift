/// A stretch of time on one day: a visitor's availability or a session's slot.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let start: TimeOfDay
    public let end: TimeOfDay

    /// Creates a window when it ends after it starts.
    public init?(date: LocalDate, start: TimeOfDay, end: TimeOfDay) {
        guard start < end else { return nil }
        self.date = date
        self.start = start
        self.end = end
    }

    /// Reads an availability window of the contract: `YYYY-MM-DD` (the whole day),
    /// `YYYY-MM-DD am` (00:00–13:00), `YYYY-MM-DD pm` (12:00–24:00) or `YYYY-MM-DD HH:MM-HH:MM`.
    public init?(availability text: some StringProtocol) {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, let date = LocalDate(iso: first), words.count <= 2 else { return nil }
        if words.count == 1 {
            self.init(date: date, start: .midnight, end: .endOfDay)
            return
        }
        switch words[1].lowercased() {
        case "am": self.init(date: date, start: .midnight, end: TimeOfDay(hour: 13, minute: 0)!)
        case "pm": self.init(date: date, start: TimeOfDay(hour: 12, minute: 0)!, end: .endOfDay)
        default:
            let ends = words[1].split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let s = TimeOfDay(hhmm: ends[0]), let e = TimeOfDay(hhmm: ends[1]) else { return nil }
            self.init(date: date, start: s, end: e)
        }
    }

    /// Whether this window lies inside the union of `windows` (touching windows join).
    public func isCovered(by windows: [TimeWindow]) -> Bool {
        var reached = start.minutes
        for w in windows.filter({ $0.date == date }).sorted(by: { $0.start < $1.start }) {
            if w.start.minutes > reached { break }
            reached = max(reached, w.end.minutes)
            if reached >= end.minutes { return true }
        }
        return reached >= end.minutes
    }

    public var description: String { "\(date) \(start)-\(end)" }
}
