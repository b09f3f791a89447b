import Scheduling

/// French, Dutch and bilingual demand against places: the visitors of one language group and
/// the sessions given in that group's languages.
public struct LanguageDemand: Hashable, Sendable {
    /// Who follows (visitors) or gives (sessions) a visit in French, in Dutch, in both, or in neither.
    public enum Group: String, Hashable, Sendable, CaseIterable {
        case frenchOnly, dutchOnly, bilingual, other

        /// The group of a list of languages: French and Dutch both, one of them, or neither.
        public init(_ languages: [Language]) {
            switch (languages.contains(.french), languages.contains(.dutch)) {
            case (true, true): self = .bilingual
            case (true, false): self = .frenchOnly
            case (false, true): self = .dutchOnly
            case (false, false): self = .other
            }
        }
    }

    public let group: Group
    /// Visitors (who did not withdraw) whose languages put them in this group.
    public var visitors: Int
    /// The most visits they may get: Σ max_visits.
    public var visitsWanted: Int
    /// Places in sessions (that run) given in this group's languages.
    public var places: Int
    /// Places in sessions (that run) that share a language with at least one visitor of the group:
    /// for French-only visitors, every session given in French (French-only and bilingual ones).
    public var placesTheyCanFollow: Int

    public init(group: Group, visitors: Int = 0, visitsWanted: Int = 0, places: Int = 0, placesTheyCanFollow: Int = 0) {
        self.group = group
        self.visitors = visitors
        self.visitsWanted = visitsWanted
        self.places = places
        self.placesTheyCanFollow = placesTheyCanFollow
    }
}
