/// The open-door week or kijkstage round being planned, with the rules that apply to all of it.
public struct Event: Hashable, Sendable {
    public var name: String
    public var bassin: String?
    /// IANA timezone of every date and time in the input, `Europe/Brussels` by default.
    public var timezone: String
    /// K: how many ranked choices count; later ones are ignored.
    public var maxChoices: Int
    /// Most visits per visitor when the visitor does not say.
    public var defaultMaxVisits: Int
    public var travel: TravelPolicy
    /// The tiers maximised lexicographically, most important first.
    public var objective: [ObjectiveTier]

    public init(name: String, bassin: String? = nil, timezone: String = "Europe/Brussels",
                maxChoices: Int = 5, defaultMaxVisits: Int = 2, travel: TravelPolicy = TravelPolicy(),
                objective: [ObjectiveTier] = ObjectiveTier.allCases) {
        self.name = name
        self.bassin = bassin
        self.timezone = timezone
        self.maxChoices = maxChoices
        self.defaultMaxVisits = defaultMaxVisits
        self.travel = travel
        self.objective = objective
    }
}

/// One criterion of the plan's quality; the event ranks them.
public enum ObjectiveTier: String, CaseIterable, Hashable, Sendable {
    /// The number of visitors with at least one session.
    case coverage
    /// Σ over assignments of (K + 1 − rank); a suggestion scores 0.
    case preference
    /// The number of assignments between two different, known sectors.
    case mix
}
