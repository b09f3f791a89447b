/// The rule that a visitor cannot attend two sessions too close in time and space.
public struct ConflictRule: Sendable {
    public let travel: TravelPolicy

    public init(travel: TravelPolicy) { self.travel = travel }

    /// Minutes from the end of the session that starts first to the start of the other;
    /// negative when they overlap, nil when they are on different dates.
    public static func gap(_ a: Session, _ b: Session) -> Int? {
        guard a.date == b.date else { return nil }
        let (first, second) = a.start <= b.start ? (a, b) : (b, a)
        return second.start.minutes - first.end.minutes
    }

    /// Whether a visitor can attend both: sessions of different hosts conflict on the same date when
    /// `gap < travel` (two that start together always do); sessions on different dates never do.
    /// Two sessions of one host are kept apart by the one-host-once rule, not by this one.
    public func conflict(_ a: Session, at hostA: Host, _ b: Session, at hostB: Host) -> Bool {
        guard hostA.id != hostB.id, let gap = Self.gap(a, b) else { return false }
        if a.start == b.start { return true }
        return gap < travel.minutes(from: hostA.coordinates, to: hostB.coordinates)
    }
}
