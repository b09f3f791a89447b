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

/// The same properties with the team's decisions and the week's changes in play.
@Suite struct DecisionPropertyTests {
    @Test(arguments: 1...60 as ClosedRange<UInt64>)
    func everyPlanWithDecisionsReachesTheEnumeratedOptimum(seed: UInt64) {
        let input = RandomInstances.withDecisions(seed: seed)
        let plan = Planner.plan(input, options: PlanningOptions(seed: seed))
        guard let optimum = BruteForce.optimum(input) else {
            #expect(plan.status == .infeasible, "no plan keeps every pin, so none may be claimed")
            #expect(!plan.problems.isEmpty)
            return
        }
        #expect(plan.status == .optimal)
        #expect(PlanValidator(input).violations(of: plan) == [])
        #expect(plan.objective.map(\.tier) == input.tiers)
        #expect(plan.objective.map(\.value) == optimum)
        for t in plan.objective {
            #expect(t.value == ObjectiveValues.value(of: t.tier, assignments: plan.assignments, input: input))
        }
        let withdrawn = Set(input.visitors.filter(\.cancelled).map(\.id))
        #expect(plan.assignments.allSatisfy { !withdrawn.contains($0.visitorID) })
        #expect(plan.unassigned.filter { withdrawn.contains($0.visitorID) }.allSatisfy { $0.reason == .withdrew })
    }

    @Test func theRandomInstancesExerciseEveryDecision() {
        let inputs = (1...60 as ClosedRange<UInt64>).map { RandomInstances.withDecisions(seed: $0) }
        #expect(inputs.filter { $0.pins.contains(where: \.assigns) }.count >= 10)
        #expect(inputs.filter { $0.pins.contains { !$0.assigns } }.count >= 10)
        #expect(inputs.filter { $0.visitors.contains { $0.group != nil } }.count >= 10)
        #expect(inputs.filter { $0.event.objective.first == .priority }.count >= 10)
        #expect(inputs.filter { $0.previous != nil }.count == 30)
        #expect(inputs.filter { $0.visitors.contains(where: \.cancelled) }.count >= 10)
        #expect(inputs.filter { $0.sessions.contains(where: \.cancelled) }.count >= 10)
    }
}
