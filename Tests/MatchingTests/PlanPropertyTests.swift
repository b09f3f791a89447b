import Testing
@testable import Matching
import Scheduling

/// Properties every plan has, on seeded random instances.
@Suite struct PlanPropertyTests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func everyPlanPassesTheValidatorAndReachesTheEnumeratedOptimum(seed: UInt64) {
        let input = RandomInstances.make(seed: seed)
        let plan = plannedAndValidated(input)
        #expect(plan.status == .optimal)
        #expect(plan.objective.map(\.value) == BruteForce.optimum(input))
        #expect(plan.objective.allSatisfy { $0.isProven })
        // Every session and every unassigned visitor is accounted for.
        #expect(plan.sessions.map(\.sessionID) == input.sessions.map(\.id))
        let served = Set(plan.assignments.map(\.visitorID))
        #expect(plan.unassigned.map(\.visitorID) == input.visitors.map(\.id).filter { !served.contains($0) })
    }

    @Test(arguments: 1...10 as ClosedRange<UInt64>)
    func theSameSeedGivesTheSamePlanAndAnotherSeedTheSameValues(seed: UInt64) {
        let input = RandomInstances.make(seed: seed, hosts: 6, sessions: 12, visitors: 20)
        let first = Planner.plan(input, options: PlanningOptions(seed: 7))
        let again = Planner.plan(input, options: PlanningOptions(seed: 7))
        let other = Planner.plan(input, options: PlanningOptions(seed: 8))
        #expect(first == again)
        #expect(first.objective == other.objective)
    }
}
