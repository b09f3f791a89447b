import Foundation
import Testing
@testable import Matching
import Scheduling

/// Property tests at scale (issue 10): seeded random instances with every decision and change of the
/// contract (withdrawals, called-off sessions, pins yes and no, groups, daily limits, priority and, every
/// other seed, a previous plan), each plan checked by the plan validator and by the definitions of its
/// tiers; the smallest (one seed in three) against exhaustive enumeration, one in five against the model
/// with one column per suggestion. `POPLAN_PROPERTY_COUNT` sets how many (scripts/property-check);
/// the default keeps `swift test` fast.
@Suite struct ScaledPropertyTests {
    /// How many instances: `POPLAN_PROPERTY_COUNT`, or 30.
    static let count = ProcessInfo.processInfo.environment["POPLAN_PROPERTY_COUNT"].flatMap { Int($0) } ?? 30

    /// The size of the instance of `seed`: small enough to enumerate one seed in three, else up to
    /// 7 hosts, 12 sessions and 12 visitors.
    static func size(_ seed: UInt64) -> (hosts: Int, sessions: Int, visitors: Int, enumerate: Bool) {
        guard seed % 3 != 0 else { return (4, 5 + Int(seed / 3 % 2), 4 + Int(seed / 6 % 2), true) }
        var rng = SeededGenerator(seed: seed &* 7919)
        return (Int.random(in: 3...7, using: &rng), Int.random(in: 6...12, using: &rng),
                Int.random(in: 5...12, using: &rng), false)
    }

    @Test func everyPlanOfManySeededInstancesKeepsTheRulesAndReachesTheOptimum() {
        var enumerated = 0, infeasible = 0, replans = 0
        for seed in 1...UInt64(max(1, Self.count)) {
            let size = Self.size(seed)
            let input = RandomInstances.withDecisions(seed: seed &+ 50_000, hosts: size.hosts, sessions: size.sessions,
                                                      visitors: size.visitors)
            let plan = Planner.plan(input, options: PlanningOptions(seed: seed))
            replans += input.previous == nil ? 0 : 1
            let optimum = size.enumerate ? BruteForce.optimum(input) : nil
            if size.enumerate { enumerated += 1 }
            if plan.status == .infeasible {
                infeasible += 1
                #expect(!size.enumerate || optimum == nil, "seed \(seed): infeasible, yet enumeration finds a plan")
                #expect(plan.assignments.isEmpty && !plan.problems.isEmpty, "seed \(seed): an infeasible plan says why")
                continue
            }
            check(plan, of: input, seed: seed)
            if size.enumerate {
                #expect(plan.objective.map(\.value) == optimum, "seed \(seed): the enumerated optimum differs")
            }
            if seed % 5 == 0 {
                var options = PlanningOptions(seed: seed)
                options.suggestions = .pairs
                let plain = Planner.plan(input, options: options)
                #expect(plain.objective.map(\.value) == plan.objective.map(\.value), "seed \(seed): the plain model differs")
            }
        }
        // The instances exercise what they claim to (a count of 1 checks only the first seed's kind).
        if Self.count >= 30 {
            #expect(enumerated >= Self.count / 3 && replans >= Self.count / 3)
            #expect(infeasible < Self.count / 2, "most instances have a plan")
        }
    }

    /// What every plan that is not infeasible keeps: the contract's rules (the validator), the tiers in
    /// order with the values their definitions give and proven, every session and every unserved visitor
    /// listed, withdrawn visitors unserved with their reason, and the changes from the previous plan.
    private func check(_ plan: Plan, of input: PlanningInput, seed: UInt64) {
        #expect(plan.status == .optimal, "seed \(seed)")
        #expect(PlanValidator(input).violations(of: plan) == [], "seed \(seed)")
        #expect(plan.objective.map(\.tier) == input.tiers, "seed \(seed)")
        for tier in plan.objective {
            #expect(tier.value == ObjectiveValues.value(of: tier.tier, assignments: plan.assignments, input: input),
                    "seed \(seed): tier \(tier.tier)")
            #expect(tier.isProven, "seed \(seed): tier \(tier.tier) is not proven")
        }
        #expect(plan.sessions.map(\.sessionID) == input.sessions.map(\.id), "seed \(seed)")
        let served = Set(plan.assignments.map(\.visitorID))
        #expect(plan.unassigned.map(\.visitorID) == input.visitors.map(\.id).filter { !served.contains($0) }, "seed \(seed)")
        for visitor in input.visitors where visitor.cancelled {
            #expect(!served.contains(visitor.id), "seed \(seed): \(visitor.id) withdrew")
            #expect(plan.unassigned.first { $0.visitorID == visitor.id }?.reason == .withdrew, "seed \(seed)")
        }
        guard let previous = input.previous else { return }
        let told = Set(previous.assignments.map { "\($0.visitorID) \($0.sessionID)" })
        let kept = plan.assignments.filter { told.contains("\($0.visitorID) \($0.sessionID)") }.count
        #expect(plan.value(.keep) == kept, "seed \(seed): keep counts the previous assignments kept")
        let changed = Set(plan.changes.map(\.visitorID))
        for visitor in input.visitors {
            let before = previous.assignments.filter { $0.visitorID == visitor.id }.map(\.sessionID).sorted()
            #expect(changed.contains(visitor.id) == (before != plan.sessions(of: visitor.id)), "seed \(seed): changes of \(visitor.id)")
        }
    }
}
