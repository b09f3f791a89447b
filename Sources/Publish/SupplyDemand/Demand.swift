/// Places offered against the people who ranked them, for one session, host, day or half-day, before
/// matching. Withdrawn visitors and called-off sessions count nowhere.
public struct Demand: Hashable, Sendable {
    /// Places offered (for a host with a daily limit, at most that limit on each date).
    public var places: Int
    /// Visitors whose first choice names it (the session, or the host of the session).
    public var firstChoice: Int
    /// Visitors who ranked it at any rank (among their first `max_choices` choices).
    public var anyRank: Int
    /// Of those who ranked it, the visitors who may be sent there (every rule of contract §2:
    /// availability, language, organization, access, max_visits).
    public var eligible: Int

    public init(places: Int = 0, firstChoice: Int = 0, anyRank: Int = 0, eligible: Int = 0) {
        self.places = places
        self.firstChoice = firstChoice
        self.anyRank = anyRank
        self.eligible = eligible
    }

    /// Eligible people beyond the places: how many could not be served here even if nobody
    /// wanted anything else; 0 when the places suffice.
    public var unmet: Int { max(0, eligible - places) }
}
