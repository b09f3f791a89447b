import Scheduling

/// The value of every tier for a set of assignments, computed from the contract's definitions
/// alone (not from the model), so that a plan's reported values can be checked.
public enum ObjectiveValues {
    /// The value of `tier` for `assignments` of `input`.
    public static func value(of tier: ObjectiveTier, assignments: [Assignment], input: PlanningInput) -> Int {
        switch tier {
        case .coverage:
            return Set(assignments.map(\.visitorID)).count
        case .preference:
            return assignments.reduce(0) { $0 + RankList.score(rank: $1.rank, maxChoices: input.event.maxChoices) }
        case .mix:
            return assignments.filter { a in
                guard let v = input.visitor(a.visitorID), let s = input.session(a.sessionID) else { return false }
                return Eligibility.mixes(Eligibility.folded(v.sector), Eligibility.folded(input.host(of: s).sector))
            }.count
        }
    }
}
