import Testing
@testable import Matching
import Scheduling

/// The coverage and priority bounds with the team's rules: a host's daily limit and the places yes
/// pins take lower them, and they are never below what a plan reaches.
@Suite struct CoverageBoundTests {
    /// HA takes one visitor a day over its two sessions; HB has one place: two of three visitors at most.
    private static var limitedHost: InstanceBuilder {
        var b = InstanceBuilder()
        b.host("HA", maxPerDay: 1); b.host("HB")
        b.session("A1", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("A2", host: "HA", "14:00", "15:00", capacity: 2)
        b.session("B", host: "HB", "11:30", "12:30", capacity: 1)
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HA"], maxVisits: 1)
        b.visitor("V3", choices: ["HA"], maxVisits: 1, priority: true)
        return b
    }

    @Test func aHostsDailyLimitLowersTheBoundAndTheStartReachesIt() {
        let model = AssignmentModel(Eligibility(Self.limitedHost.input), seed: 1)
        let bound = CoverageBound(model)
        #expect(bound.coverage == 2, "HA's day takes one, B one: the flow over every pair alone would say 3")
        #expect(bound.priority == 1)
        let start = FlowStart(model)
        #expect(start.coverageBound == 2 && start.priorityBound == 1)
        let plan = model.assignments(of: start.plan ?? []).map { "\($0.visitorID) \($0.sessionID)" }.sorted()
        // V1 must go to B so that HA's one place of the day goes to V3, who has priority.
        #expect(plan.count == 2 && plan.contains("V1 B") && plan.contains { $0.hasPrefix("V3 A") })
        #expect(Planner.plan(Self.limitedHost.input).objective.first == TierResult(tier: .priority, value: 1, bound: 1))
    }

    @Test func aPlanThatGivesAPriorityVisitorsPlaceToAnotherStartsTheFlowAndTheBoundsStay() {
        let model = AssignmentModel(Eligibility(Self.limitedHost.input), seed: 1)
        // V2 holds HA's one place of the day, V1 holds B: V3, with priority, has nothing.
        let plan = [model.pair(visitor: 1, session: 0)!, model.pair(visitor: 0, session: 2)!]
        let bound = CoverageBound(model, from: plan)
        #expect(bound.priority == 1, "priority is counted before the plan's other visitors take their places")
        #expect(bound.coverage == 2)
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func anyPlanStartingTheFlowGivesTheSameBounds(seed: UInt64) {
        let input = Self.coverageOnly(RandomInstances.withDecisions(seed: seed, visitors: 6))
        let model = AssignmentModel(Eligibility(input), seed: 1)
        let plain = CoverageBound(model)
        guard let plan = FlowStart(model).plan else { return }
        // The start plan, and every other one of its assignments (still a flow, far from the maximum).
        for start in [plan, plan.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)] {
            let bound = CoverageBound(model, from: start)
            #expect(bound.coverage == plain.coverage && bound.priority == plain.priority)
        }
    }

    @Test func aYesPinTakesItsPlaceBeforeTheOthers() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 1)
        b.visitor("V1", choices: ["HA"], maxVisits: 1)
        b.visitor("V2", choices: ["HA"], maxVisits: 1)
        b.visitor("V3", choices: ["HB"], maxVisits: 2)
        b.pin("V3", session: "A", true)
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        // V3 holds A (pinned) and may hold B too; V1 and V2 both need A, which V3 took.
        #expect(CoverageBound(model).coverage == 1)
        #expect(Planner.plan(b.input).objective.first?.value == 1)
    }

    /// The instance with priority then coverage as its only tiers, and no previous plan.
    private static func coverageOnly(_ input: PlanningInput) -> PlanningInput {
        var event = input.event
        event.objective = [.priority, .coverage]
        return PlanningInput(event: event, hosts: input.hosts, sessions: input.sessions, visitors: input.visitors,
                             pins: input.pins)
    }

    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func theBoundsAreNeverBelowTheEnumeratedOptimumAndMeetItWithoutGroupsOrMinimums(seed: UInt64) {
        let input = Self.coverageOnly(RandomInstances.withDecisions(seed: seed, visitors: 5))
        guard let optimum = BruteForce.optimum(input) else { return } // pins that cannot hold together
        let model = AssignmentModel(Eligibility(input), seed: 1)
        let bound = CoverageBound(model)
        #expect(bound.priority >= optimum[0] && bound.coverage >= optimum[1])
        let simple = input.visitors.allSatisfy { $0.group == nil } && input.sessions.allSatisfy { $0.minVisitors <= 1 }
        if simple {
            // One session per visitor is then a plan: the flow's maximum is reached.
            #expect(bound.priority == optimum[0] && bound.coverage == optimum[1])
        }
    }

    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func theStartsPlanWithDailyLimitsReachesTheBoundWhenNothingElseStandsInTheWay(seed: UInt64) {
        var input = Self.coverageOnly(RandomInstances.make(seed: seed, hosts: 4, sessions: 8, visitors: 10))
        input = PlanningInput(event: input.event, hosts: input.hosts.enumerated().map { h, host in
            var host = host
            if h % 2 == 0 { host.maxVisitorsPerDay = 1 + h % 3 }
            return host
        }, sessions: input.sessions.map { var s = $0; s.minVisitors = 1; return s }, visitors: input.visitors)
        let model = AssignmentModel(Eligibility(input), seed: 1)
        let start = FlowStart(model)
        let plan = try! #require(start.plan)
        let covered = Set(plan.map { model.pairs[$0].visitor })
        #expect(covered.count == start.coverageBound)
        #expect(covered.filter { input.visitors[$0].priority }.count == start.priorityBound)
    }
}
