import Scheduling

/// A day of the week, or its morning or afternoon: the places of its sessions that run against
/// the people who ranked one of them (each person counted once per day or half-day).
public struct DayDemand: Hashable, Sendable {
    /// Half of a day; a session belongs to the morning when it starts before 12:00.
    public enum Half: String, Hashable, Sendable, CaseIterable, Comparable {
        case morning, afternoon

        /// The half in which a session starting at `start` lies.
        public init(start: TimeOfDay) { self = start.minutes < 12 * 60 ? .morning : .afternoon }

        public static func < (a: Half, b: Half) -> Bool { a == .morning && b == .afternoon }
    }

    public let date: LocalDate
    /// The morning or the afternoon; nil for the whole day.
    public let half: Half?
    /// Its sessions that run.
    public let sessions: Int
    public var demand: Demand

    public init(date: LocalDate, half: Half?, sessions: Int, demand: Demand) {
        self.date = date
        self.half = half
        self.sessions = sessions
        self.demand = demand
    }

    /// Time order: a day, then its morning, then its afternoon.
    static func inTimeOrder(_ a: DayDemand, _ b: DayDemand) -> Bool {
        (a.date, a.half.map { $0 == .morning ? 1 : 2 } ?? 0) < (b.date, b.half.map { $0 == .morning ? 1 : 2 } ?? 0)
    }
}
