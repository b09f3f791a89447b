import Testing
@testable import Matching
import Scheduling

/// Coverage solved as a flow, and suggestions aggregated or one column per pair.
@Suite struct CoverageFlowTests {
    @Test func theFlowCoversEveryoneAChainOfMovesCanPlace() {
        // V1 could go to A or B, V2 only to A: the flow must move V1 to B.
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 1)
        b.visitor("V1", choices: ["HA", "HB"])
        b.visitor("V2", choices: ["HA"])
        let input = b.input
        let flow = CoverageFlow(pairs: Eligibility(input).pairs(), input: CoverageFlow.Sizes(
            visitorCount: 2, capacities: [1, 1], minimums: [1, 1]))
        #expect(flow.bound == 2)
        #expect(flow.plan.count == 2)
    }

    @Test func aSessionUnderItsMinimumIsFilledFromOthersOrClosed() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 3, minVisitors: 2)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 3)
        b.visitor("V1", choices: ["HA", "HB"])
        b.visitor("V2", choices: ["HB", "HA"])
        b.visitor("V3", choices: ["HB"])
        let pairs = Eligibility(b.input).pairs()
        let flow = CoverageFlow(pairs: pairs, input: CoverageFlow.Sizes(
            visitorCount: 3, capacities: [3, 3], minimums: [2, 1]))
        #expect(flow.bound == 3)
        #expect(flow.plan.count == 3)
        let atA = flow.plan.filter { pairs[$0].session == 0 }.count
        #expect(atA == 0 || atA >= 2, "A runs with at least its minimum or not at all")
    }

    @Test(arguments: 1...25 as ClosedRange<UInt64>)
    func thePlainModelWithAColumnPerSuggestionGivesTheEnumeratedOptimumToo(seed: UInt64) {
        let input = RandomInstances.make(seed: seed)
        var options = PlanningOptions(seed: 1)
        options.suggestions = .pairs
        let plan = Planner.plan(input, options: options)
        #expect(PlanValidator(input).violations(of: plan) == [])
        #expect(plan.status == .optimal)
        #expect(plan.objective.map(\.value) == BruteForce.optimum(input))
    }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func largerInstancesGiveTheSameOptimumWithAggregatedOrPlainSuggestions(seed: UInt64) {
        let input = RandomInstances.make(seed: seed, hosts: 8, sessions: 20, visitors: 40)
        var plain = PlanningOptions(seed: 1)
        plain.suggestions = .pairs
        let a = Planner.plan(input, options: PlanningOptions(seed: 1)), b = Planner.plan(input, options: plain)
        #expect(a.status == .optimal && b.status == .optimal)
        #expect(a.objective == b.objective)
        #expect(PlanValidator(input).violations(of: a) == [])
        #expect(PlanValidator(input).violations(of: b) == [])
    }
}
