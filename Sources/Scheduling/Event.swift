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
    /// The tiers maximised lexicographically, most important first; setting them states them.
    public var objective: [ObjectiveTier] { didSet { objectiveIsGiven = true } }
    /// Whether the objective was stated (in event.yaml); when it was not, priority visitors put
    /// `priority` first.
    public private(set) var objectiveIsGiven: Bool
    /// The coordination team, whom visitors and hosts contact.
    public var contact: Contact?

    /// The time zone of an event that names none.
    public static let defaultTimeZone = "Europe/Brussels"

    public init(name: String, bassin: String? = nil, timezone: String = Event.defaultTimeZone,
                maxChoices: Int = 5, defaultMaxVisits: Int = 2, travel: TravelPolicy = TravelPolicy(),
                objective: [ObjectiveTier]? = nil, contact: Contact? = nil) {
        self.name = name
        self.bassin = bassin
        self.timezone = timezone
        self.maxChoices = maxChoices
        self.defaultMaxVisits = defaultMaxVisits
        self.travel = travel
        self.objective = objective ?? ObjectiveTier.standard
        objectiveIsGiven = objective != nil
        self.contact = contact
    }

    /// The event with the objective the contract uses when none is stated (§4): priority first
    /// when some visitor has priority. An event that states its objective is returned as it is.
    public func withDefaultObjective(priorityVisitors: Bool) -> Event {
        guard !objectiveIsGiven else { return self }
        var event = self
        event.objective = priorityVisitors ? [.priority] + ObjectiveTier.standard : ObjectiveTier.standard
        event.objectiveIsGiven = false
        return event
    }
}

/// The coordination team of an event: who visitors and hosts write or call.
public struct Contact: Hashable, Sendable {
    public var name: String?
    public var email: String?
    public var phone: String?

    public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }

    /// Whether the contact gives nothing to reach anyone by.
    public var isEmpty: Bool { name == nil && email == nil && phone == nil }
}

/// One criterion of the plan's quality; the event ranks them.
public enum ObjectiveTier: String, CaseIterable, Hashable, Sendable {
    /// The number of assignments of the previous plan that the new plan keeps (re-planning only).
    case keep
    /// The number of visitors with `priority: yes` who have at least one session.
    case priority
    /// The number of visitors with at least one session.
    case coverage
    /// Σ over assignments of (K + 1 − rank); an unranked session scores 0.
    case preference
    /// The number of assignments between two different, known sectors.
    case mix

    /// The objective when event.yaml gives none and nobody has priority.
    public static let standard: [ObjectiveTier] = [.coverage, .preference, .mix]
    /// The tiers event.yaml may name (keep comes only from a previous plan).
    public static let stated: [ObjectiveTier] = [.priority, .coverage, .preference, .mix]
}
