import Scheduling

/// A plan rebuilt from what plan.json keeps (status, tier values, assignments) and the input it
/// was made from: session fills and the reasons of unassigned visitors are derived again, the same
/// way the planner derives them, so every published text can be written again without solving.
public enum PlanRestoration {
    /// The plan with these assignments; fills and reasons follow from `input`.
    public static func plan(status: Plan.Status, objective: [TierResult], assignments: [Assignment],
                            input: PlanningInput) -> Plan {
        let sorted = assignments.sorted { ($0.visitorID, $0.sessionID) < ($1.visitorID, $1.sessionID) }
        return PlanAssembly(input: input, eligibility: Eligibility(input))
            .plan(status: status, tiers: objective, assignments: sorted)
    }
}
