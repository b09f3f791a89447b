import Foundation
import Scheduling

/// Maximises the event's tiers one after another with GLPK: each tier is solved, then held
/// at the value reached while the next is maximised.
///
/// Coverage first is a flow problem and is solved as one. Suggestions are aggregated
/// (`AssignmentModel`); the room rows that keep them exact are asked of `SuggestionNetwork` at
/// every subproblem of the search and stay in the problem for the tiers after.
struct LexicographicSolve {
    let model: AssignmentModel
    let deadline: ContinuousClock.Instant?
    let exportDirectory: URL?

    /// The outcome: each tier's value and bound, and the plan as pair indices.
    struct Result {
        var status: Plan.Status
        var tiers: [TierResult]
        var plan: [Int]
    }

    func run(progress: (PlanningProgress) -> Void) -> Result {
        let tiers = model.input.event.objective
        guard !model.linear.columns.isEmpty else {
            // Nobody can go anywhere: the empty plan is the only one, and it is optimal.
            return Result(status: .optimal, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, plan: [])
        }
        // Coverage first is a flow problem: solve it as one, and keep its plan as the start.
        let flow = tiers.first == .coverage ? coverageByFlow() : nil
        var plan = flow?.plan ?? []
        var columns = model.columns(for: plan)
        let problem = LinearProblem(model.linear)
        var results: [TierResult] = []
        for (k, tier) in tiers.enumerated() {
            let started = ContinuousClock.now
            problem.maximize(model.objective(tier))
            if let dir = exportDirectory {
                exportPlainModel(tier, held: results, to: dir.appendingPathComponent("tier-\(k + 1)-\(tier.rawValue).mps"))
            }
            var result: TierResult
            if k == 0, let flow, flow.value == flow.bound {
                result = TierResult(tier: tier, value: flow.value, bound: flow.bound)
            } else {
                let (value, bound, found) = solveOnce(tier, problem, start: columns)
                if let found, let placed = model.plan(from: found) {
                    columns = found
                    plan = placed
                }
                result = TierResult(tier: tier, value: value, bound: max(value, bound))
                if k == 0, let flow { result.bound = min(result.bound, flow.bound) }
            }
            // The plan's own value is what counts (a failed placement keeps the plan before).
            result.value = min(result.value, model.value(of: tier, at: model.columns(for: plan)))
            result.bound = max(result.bound, result.value)
            results.append(result)
            progress(.tierSolved(tier: tier, value: result.value, bound: result.bound,
                                 seconds: started.duration(to: .now).seconds))
            hold(tier, at: result.value, problem)
        }
        // Optimal when every tier is proven; a tier after an unproven one cannot be, globally.
        let status: Plan.Status = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return Result(status: status, tiers: results, plan: plan)
    }

    /// Solves the tier's MIP from the plan so far: the value reached, the bound, and the columns
    /// of the solution found (nil when none better than the start).
    private func solveOnce(_ tier: ObjectiveTier, _ problem: LinearProblem, start: [Double]) -> (Int, Int, [Double]?) {
        let startValue = model.value(of: tier, at: start)
        let unproven = { (b: Double?) in b.map { Int(($0 + 1e-6).rounded(.down)) } ?? model.crudeBound(tier) }
        let outcome = problem.solve(until: deadline, incumbent: start, integralObjective: true) { values in
            model.lazyRoomRows(at: values)
        }
        switch outcome {
        case .optimal(_, let found):
            let value = model.value(of: tier, at: found)
            return (value, value, found)
        case .feasible(_, let b, let found, _):
            return (model.value(of: tier, at: found), unproven(b), found)
        case .noSolution(let b, _):
            return (startValue, unproven(b), nil)
        case .infeasible, .unbounded, .failed:
            // The start plan stays valid: keep it, and claim nothing beyond the crude bound.
            return (startValue, model.crudeBound(tier), nil)
        }
    }

    /// Holds a tier at the value reached while the next ones are maximised.
    /// Columns that cannot move without the tier falling below it are fixed, too.
    private func hold(_ tier: ObjectiveTier, at value: Int, _ problem: LinearProblem) {
        problem.addRow(Self.floor(model.objective(tier), at: value))
        problem.fixColumns(keepingObjectiveAtLeast: Double(value))
    }

    /// The row Σ c·x ≥ value.
    private static func floor(_ coefficients: [Double], at value: Int) -> LinearModel.Row {
        let terms = coefficients.enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) }
        return LinearModel.Row(terms, lower: Double(value))
    }

    /// The coverage tier solved as a flow: its value, its bound, and the plan as pair indices.
    private func coverageByFlow() -> (value: Int, bound: Int, plan: [Int]) {
        let input = model.input
        let flow = CoverageFlow(pairs: model.pairs, input: PlanningInputShape(
            visitorCount: input.visitors.count, capacities: input.sessions.map(\.capacity),
            minimums: input.sessions.map(\.minVisitors)))
        return (flow.plan.count, flow.bound, flow.plan)
    }

    /// Writes the tier's plain model — one column per pair, earlier tiers held at their values —
    /// in free MPS format, for another solver to be measured on what a general MIP solver would get.
    private func exportPlainModel(_ tier: ObjectiveTier, held: [TierResult], to url: URL) {
        let plain = AssignmentModel(model.eligibility, seed: 1, suggestions: .pairs)
        let problem = LinearProblem(plain.linear)
        problem.maximize(plain.objective(tier))
        for t in held { problem.addRow(Self.floor(plain.objective(t.tier), at: t.value)) }
        _ = problem.writeMPS(to: url.path)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
