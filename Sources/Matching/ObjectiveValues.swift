import Scheduling

/// The value of every tier for a set of assignments, computed from the contract's definitions
/// alone (not from the model), so that a plan's reported values can be checked.
public enum ObjectiveValues {
    /// The value of `tier` for `assignments` of `input`.
    public static func value(of tier: ObjectiveTier, assignments: [Assignment], input: PlanningInput) -> Int {
        switch tier {
        case .keep:
            let previous = Set((input.previous?.assignments ?? []).map { PairOfIDs($0) })
            return assignments.filter { previous.contains(PairOfIDs($0)) }.count
        case .priority:
            return Set(assignments.map(\.visitorID)).filter { input.visitor($0)?.priority == true }.count
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

/// A visitor and a session by id, to compare assignments of two plans whatever their ranks.
struct PairOfIDs: Hashable {
    let visitorID: String
    let sessionID: String

    init(_ assignment: Assignment) {
        visitorID = assignment.visitorID
        sessionID = assignment.sessionID
    }
}
