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

/// Preference and mix solved as one objective give the very tier values of the plain
/// lexicographic solve, one tier after the other.
@Suite struct MergedTierTests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func mergingPreferenceAndMixGivesTheLexicographicValues(seed: UInt64) {
        let input = seed % 2 == 0 ? RandomInstances.make(seed: seed, hosts: 5, sessions: 10, visitors: 14)
            : RandomInstances.withDecisions(seed: seed, hosts: 5, sessions: 10, visitors: 14)
        let eligibility = Eligibility(input)
        let model = AssignmentModel(eligibility, seed: 1)
        // Pins that a simple rule rules out never reach the solve (the planner stops before).
        guard PinCheck(model: model).problems().isEmpty else { return }
        var merged = LexicographicSolve(model: model, deadline: nil, exportDirectory: nil)
        var plain = merged
        merged.mergesPreferenceAndMix = true
        plain.mergesPreferenceAndMix = false
        let a = merged.run { _ in }, b = plain.run { _ in }
        #expect(a.status == b.status)
        #expect(a.tiers == b.tiers)
        guard a.status != .infeasible else { return }  // pins that cannot hold: no plan to check
        let plan = PlanAssembly(input: input, eligibility: eligibility)
            .plan(status: a.status, tiers: a.tiers, assignments: model.assignments(of: a.plan))
        #expect(PlanValidator(input).violations(of: plan) == [])
    }

    @Test func theMergedObjectiveWeighsOneUnitOfPreferenceAboveAllMix() {
        let input = RandomInstances.make(seed: 3, hosts: 5, sessions: 10, visitors: 14)
        let model = AssignmentModel(Eligibility(input), seed: 1)
        let solve = LexicographicSolve(model: model, deadline: nil, exportDirectory: nil)
        let (goal, split) = solve.mergedGoal()
        let weight = Double(model.crudeBound(.mix) + 1)
        let mixTotal = model.objective(.mix).reduce(0, +)
        #expect(mixTotal < weight, "the weight exceeds any mix a plan can reach")
        #expect(zip(goal.coefficients, zip(model.objective(.preference), model.objective(.mix)))
            .allSatisfy { $0 == $1.0 * weight + $1.1 })
        // A bound above the plan's preference leaves mix unbounded but for M; at the plan's, exact.
        let solved = LexicographicSolve.TierSolve(value: 10 * Int(weight) + 3, bound: 11 * Int(weight) + 1, found: nil)
        #expect(split(solved, 10, 3).map(\.bound) == [11, Int(weight) - 1])
        let proven = LexicographicSolve.TierSolve(value: 10 * Int(weight) + 3, bound: 10 * Int(weight) + 5, found: nil)
        #expect(split(proven, 10, 3).map(\.bound) == [10, 5])
    }
}
