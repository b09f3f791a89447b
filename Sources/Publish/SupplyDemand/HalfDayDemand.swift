import Scheduling

/// A morning or an afternoon of the week: the places of its sessions that run against the people
/// who ranked one of them (each person counted once per half-day).
public struct HalfDayDemand: Hashable, Sendable {
    /// Half of a day; a session belongs to the morning when it starts before 12:00.
    public enum Half: String, Hashable, Sendable, CaseIterable, Comparable {
        case morning, afternoon

        /// The half in which a session starting at `start` lies.
        public init(start: TimeOfDay) { self = start.minutes < 12 * 60 ? .morning : .afternoon }

        public static func < (a: Half, b: Half) -> Bool { a == .morning && b == .afternoon }
    }

    public let date: LocalDate
    public let half: Half
    public let sessions: Int
    public var demand: Demand

    public init(date: LocalDate, half: Half, sessions: Int, demand: Demand) {
        self.date = date
        self.half = half
        self.sessions = sessions
        self.demand = demand
    }
}
