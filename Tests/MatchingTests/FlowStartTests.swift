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

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func aGroupGoesWhereTheOthersCanMoveAroundIt(seed: UInt64) {
        // The group fits A (3 places) or B (2); V1 and V2 can only have A, V3 B or C. Wherever the
        // flow first puts V3, the group must take B and V3 C: in A it would leave V1 or V2 out.
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB"); b.host("HC")
        b.session("A", host: "HA", "09:00", "10:00", capacity: 3)
        b.session("B", host: "HB", "11:00", "12:00", capacity: 2)
        b.session("C", host: "HC", "14:00", "15:00", capacity: 1)
        b.visitor("G1", choices: ["HA", "HB"], maxVisits: 1, group: "duo")
        b.visitor("G2", choices: ["HB", "HA"], maxVisits: 1, group: "duo")
        b.visitor("V1", choices: ["HA"], maxVisits: 1)
        b.visitor("V2", choices: ["HA"], maxVisits: 1)
        b.visitor("V3", choices: ["HB", "HC"], maxVisits: 1)
        let model = AssignmentModel(Eligibility(b.input), seed: seed)
        let start = FlowStart(model)
        #expect(start.coverageBound == 5)
        let plan = model.assignments(of: start.plan ?? []).map { "\($0.visitorID) \($0.sessionID)" }.sorted()
        #expect(plan == ["G1 B", "G2 B", "V1 A", "V2 A", "V3 C"])
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func aSessionAPinKeepsRunningIsBroughtUpToItsMinimum(seed: UInt64) {
        // V1 is pinned to A, which runs only with two: V2, who could have B, must join A.
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", "09:00", "10:00", capacity: 3, minVisitors: 2)
        b.session("B", host: "HB", "09:00", "10:00", capacity: 3)
        b.visitor("V1", choices: ["HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HB", "HA"], maxVisits: 1)
        b.pin("V1", session: "A", true)
        let model = AssignmentModel(Eligibility(b.input), seed: seed)
        let start = FlowStart(model)
        let plan = model.assignments(of: start.plan ?? []).map { "\($0.visitorID) \($0.sessionID)" }.sorted()
        #expect(plan == ["V1 A", "V2 A"])
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func aGroupThatWouldTakeThePlacesOfVisitorsWithPriorityStaysOut(seed: UInt64) {
        // A has two places: the group of two, or V1 and V2, who have priority and nowhere else to go.
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA", capacity: 2)
        b.visitor("G1", choices: ["HA"], maxVisits: 1, group: "duo")
        b.visitor("G2", choices: ["HA"], maxVisits: 1, group: "duo")
        b.visitor("V1", choices: ["HA"], maxVisits: 1, priority: true)
        b.visitor("V2", choices: ["HA"], maxVisits: 1, priority: true)
        let model = AssignmentModel(Eligibility(b.input), seed: seed)
        let start = FlowStart(model)
        #expect(start.priorityBound == 2 && start.coverageBound == 2)
        let plan = model.assignments(of: start.plan ?? []).map { "\($0.visitorID) \($0.sessionID)" }.sorted()
        #expect(plan == ["V1 A", "V2 A"], "the start reaches both bounds, so the flow proves both tiers")
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func theGroupWithTheFewestSessionsLeftThatFitItGoesFirst(seed: UInt64) {
        // G has three sessions in common, but M1 and M2 run only with three: only S fits it. H has two,
        // S and T. Ordered by sessions in common, H would go first and take S, leaving G nowhere.
        var b = InstanceBuilder()
        for h in ["HS", "HT", "HM1", "HM2"] { b.host(h) }
        b.session("S", host: "HS", "09:00", "10:00", capacity: 2)
        b.session("T", host: "HT", "11:00", "12:00", capacity: 2)
        b.session("M1", host: "HM1", "13:00", "14:00", capacity: 3, minVisitors: 3)
        b.session("M2", host: "HM2", "15:00", "16:00", capacity: 3, minVisitors: 3)
        b.visitor("G1", choices: ["HS", "HM1", "HM2"], maxVisits: 1, group: "G")
        b.visitor("G2", choices: ["HS", "HM1", "HM2"], maxVisits: 1, group: "G")
        b.visitor("H1", choices: ["HS", "HT"], maxVisits: 1, group: "H")
        b.visitor("H2", choices: ["HS", "HT"], maxVisits: 1, group: "H")
        b.visitor("V3", choices: ["HM1", "HM2"], maxVisits: 1)
        let model = AssignmentModel(Eligibility(b.input), seed: seed)
        let plan = model.assignments(of: FlowStart(model).plan ?? []).map { "\($0.visitorID) \($0.sessionID)" }.sorted()
        #expect(plan.filter { !$0.hasPrefix("V3") } == ["G1 S", "G2 S", "H1 T", "H2 T"])
    }
}
