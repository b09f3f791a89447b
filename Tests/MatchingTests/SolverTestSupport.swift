import Testing
@testable import Matching
import Scheduling

/// Plans an input and checks what every plan must satisfy: the validator finds nothing, and the
/// reported tier values are the ones the contract's definitions give for its assignments.
func plannedAndValidated(_ input: PlanningInput, seed: UInt64 = 1, sourceLocation: SourceLocation = #_sourceLocation) -> Plan {
    let plan = Planner.plan(input, options: PlanningOptions(seed: seed))
    #expect(PlanValidator(input).violations(of: plan) == [], sourceLocation: sourceLocation)
    for t in plan.objective {
        #expect(t.value == ObjectiveValues.value(of: t.tier, assignments: plan.assignments, input: input),
                "tier \(t.tier) reported value", sourceLocation: sourceLocation)
    }
    return plan
}

extension Plan {
    /// The value of a tier in this plan.
    func value(_ tier: ObjectiveTier) -> Int? { objective.first { $0.tier == tier }?.value }
    /// The sessions given to a visitor, sorted.
    func sessions(of visitor: String) -> [String] { assignments.filter { $0.visitorID == visitor }.map(\.sessionID).sorted() }
}
