import Testing
@testable import Matching
import Scheduling

/// The flow's start when priority or coverage comes first: bounds from the flow, and a plan that
/// keeps the team's rules, so those tiers are proven without branch and bound when it reaches them.
@Suite struct FlowStartTests {
    @Test func priorityVisitorsAreMatchedFirstAndCoverageStaysMaximal() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 1); b.session("B", host: "HB", "14:00", "15:00", capacity: 1)
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HA"], maxVisits: 1, priority: true)
        b.visitor("V3", choices: ["HA"], maxVisits: 1)
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        let start = FlowStart(model)
        #expect(start.priorityBound == 1 && start.coverageBound == 2)
        let plan = model.assignments(of: start.plan ?? [])
        #expect(plan.map { "\($0.visitorID) \($0.sessionID)" }.sorted() == ["V1 B", "V2 A"])
    }

    @Test func theStartKeepsPinsGroupsAndDailyLimitsAndReachesTheBound() {
        var b = InstanceBuilder()
        b.host("HA", maxPerDay: 3); b.host("HB")
        b.session("A1", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("A2", host: "HA", "14:00", "15:00", capacity: 2)
        b.session("B", host: "HB", "11:30", "12:30", capacity: 3)
        b.visitor("V1", choices: ["HA"], maxVisits: 1, group: "duo")
        b.visitor("V2", choices: ["HA", "HB"], maxVisits: 1, group: "duo")
        b.visitor("V3", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V4", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V5", choices: ["HB"], maxVisits: 1)
        b.pin("V5", session: "A2", true)
        let input = b.input
        let model = AssignmentModel(Eligibility(input), seed: 1)
        let start = FlowStart(model)
        let plan = Plan(status: .feasible, objective: [], assignments: model.assignments(of: start.plan ?? []),
                        sessions: [], unassigned: [])
        #expect(start.plan != nil)
        #expect(PlanValidator(input).violations(of: plan) == [])
        // The group takes one of HA's sessions together, V5 is pinned to A2: HA is at its 3, V3 and V4 go to B.
        #expect(Set(plan.assignments.map(\.visitorID)).count == 5)
        #expect(start.coverageBound == 5)
        #expect(Planner.plan(input).objective.first == TierResult(tier: .coverage, value: 5, bound: 5))
    }
}
