import Scheduling

/// A criterion of the objective as the word tables name it: the keys that pick its words.
extension ObjectiveTier {
    /// One key per criterion, true for this one: the context of `tierName`, the one place of the criteria's names (report, variants, planning lines).
    public var wordingKeys: [String: Any] {
        Dictionary(uniqueKeysWithValues: Self.allCases.map { ($0.rawValue, $0 == self) })
    }
}
