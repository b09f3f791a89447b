import Foundation
import Scheduling

/// Maximises the event's tiers one after another with GLPK: each tier is solved, then held
/// at the value reached while the next is maximised.
struct LexicographicSolve {
    let model: AssignmentModel
    let deadline: ContinuousClock.Instant?
    let exportDirectory: URL?

    /// The outcome: whether every tier is proven, each tier's value and bound, and the columns.
    struct Result {
        var status: Plan.Status
        var tiers: [TierResult]
        var columns: [Double]
    }

    func run(progress: (PlanningProgress) -> Void) -> Result {
        let tiers = model.eligibility.input.event.objective
        var columns = model.completed(model.emptySolution())
        guard !model.linear.columns.isEmpty else {
            // Nobody can go anywhere: the empty plan is the only one, and it is optimal.
            return Result(status: .optimal, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, columns: [])
        }
        let problem = LinearProblem(model.linear)
        var results: [TierResult] = []
        for (k, tier) in tiers.enumerated() {
            let started = ContinuousClock.now
            let coefficients = model.objective(tier)
            problem.maximize(coefficients)
            if let dir = exportDirectory {
                _ = problem.writeMPS(to: dir.appendingPathComponent("tier-\(k + 1)-\(tier.rawValue).mps").path)
            }
            let trivialBound = Int(coefficients.filter { $0 > 0 }.reduce(0, +))
            var value: Int, bound: Int
            switch problem.solve(until: deadline, incumbent: columns, integralObjective: true) {
            case .optimal(_, let found):
                columns = model.completed(found)
                value = model.value(of: coefficients, at: columns)
                bound = value
            case .feasible(_, let b, let found, _):
                columns = model.completed(found)
                value = model.value(of: coefficients, at: columns)
                bound = b.map { max(value, Int(($0 + 1e-6).rounded(.down))) } ?? trivialBound
            case .noSolution(let b, _):
                value = model.value(of: coefficients, at: columns)
                bound = b.map { max(value, Int(($0 + 1e-6).rounded(.down))) } ?? trivialBound
            case .infeasible, .unbounded, .failed:
                // The start plan stays valid: keep it, and claim nothing beyond the trivial bound.
                value = model.value(of: coefficients, at: columns)
                bound = trivialBound
            }
            results.append(TierResult(tier: tier, value: value, bound: bound))
            progress(.tierSolved(tier: tier, value: value, bound: bound, seconds: started.duration(to: .now).seconds))
            // Hold this tier at the value reached while the next ones are maximised.
            let terms = coefficients.enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) }
            if !terms.isEmpty { problem.addRow(LinearModel.Row(terms, lower: Double(value))) }
        }
        // Optimal when every tier is proven; a tier after an unproven one cannot be, globally.
        let status: Plan.Status = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return Result(status: status, tiers: results, columns: columns)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
