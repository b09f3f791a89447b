import Foundation
import Scheduling

/// Maximises the event's tiers one after another with GLPK: each tier is solved, then held
/// at the value reached while the next is maximised.
///
/// Each tier is proven on the full model although most suggestions stay in reserve: the LP
/// relaxation is priced over every reserved pair until none could improve it, which makes it
/// the full model's bound; a pair whose reduced cost keeps it from any plan better than the
/// one found can then be left out, and the others join before the proof is final.
struct LexicographicSolve {
    var model: AssignmentModel
    let deadline: ContinuousClock.Instant?
    let exportDirectory: URL?

    /// The outcome: each tier's value and bound, the columns of the plan, and the final model.
    struct Result {
        var status: Plan.Status
        var tiers: [TierResult]
        var columns: [Double]
        var model: AssignmentModel
    }

    /// A tier already solved, held by a row of the problem at the value it reached.
    private struct Floor {
        let tier: ObjectiveTier
        let row: Int
    }

    mutating func run(progress: (PlanningProgress) -> Void) -> Result {
        let tiers = model.eligibility.input.event.objective
        var columns = model.completed(model.emptySolution())
        guard !model.linear.columns.isEmpty else {
            // Nobody can go anywhere: the empty plan is the only one, and it is optimal.
            return Result(status: .optimal, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, columns: [], model: model)
        }
        // Coverage first is a flow problem: solve it as one, and keep its plan as the start.
        let flow = tiers.first == .coverage ? coverageByFlow() : nil
        if let flow { columns = model.completed(flow.columns) }
        let problem = LinearProblem(model.linear)
        var results: [TierResult] = []
        var floors: [Floor] = []
        for (k, tier) in tiers.enumerated() {
            let started = ContinuousClock.now
            problem.maximize(model.objective(tier))
            if let dir = exportDirectory {
                exportFullModel(tier, held: zip(floors, results).map { ($0.tier, $1.value) },
                                to: dir.appendingPathComponent("tier-\(k + 1)-\(tier.rawValue).mps"))
            }
            if k == 0, let flow, flow.value == flow.bound {
                results.append(TierResult(tier: tier, value: flow.value, bound: flow.bound))
                progress(.tierSolved(tier: tier, value: flow.value, bound: flow.bound, seconds: flow.seconds))
                hold(tier, at: flow.value, problem, &floors)
                continue
            }
            let relaxation = priceReserve(tier, floors, problem)
            if !pastDeadline, let relaxation, relaxation.value - relaxation.value.rounded(.down) > 1e-6 {
                // A fractional bound is never reached: the columns kept out could always matter,
                // so they join before the one solve (reduced costs against the plan so far).
                let floor = Double(model.value(of: model.objective(tier), at: model.completed(columns)))
                let joining = model.reserve.filter {
                    relaxation.value + reducedCost($0, tier, floors, relaxation) >= floor + 1 - 1e-6
                }
                // Under a time limit, a very large model could outlast it inside GLPK's simplex:
                // then the reserved pairs stay out and the bound comes from the priced relaxation.
                if deadline == nil || joining.count <= Self.affordableUnderTimeLimit {
                    activate(joining, tier, floors, problem)
                }
            }
            var (value, bound) = solveOnce(tier, problem, &columns)
            if value == bound, let relaxation, relaxation.value - Double(value) >= 1 - 1e-6 {
                // Better plans could only use reserved pairs whose reduced cost leaves room for one.
                let joining = model.reserve.filter {
                    relaxation.value + reducedCost($0, tier, floors, relaxation) >= Double(value) + 1 - 1e-6
                }
                if !joining.isEmpty {
                    if !pastDeadline && (deadline == nil || joining.count <= Self.affordableUnderTimeLimit) {
                        activate(joining, tier, floors, problem)
                        (value, bound) = solveOnce(tier, problem, &columns)
                    } else {
                        // Not proven over the reserved pairs: the priced relaxation is the bound.
                        bound = Int((relaxation.value + 1e-6).rounded(.down))
                    }
                }
            } else if value < bound, let relaxation {
                bound = min(bound, Int((relaxation.value + 1e-6).rounded(.down)))
            }
            if relaxation == nil && !model.reserve.isEmpty {
                // The time ran out before pricing: only the crudest bound holds for the full model.
                bound = max(bound, crudeBound(tier))
            }
            if k == 0, let flow { bound = min(bound, flow.bound) }
            results.append(TierResult(tier: tier, value: value, bound: max(value, bound)))
            progress(.tierSolved(tier: tier, value: value, bound: max(value, bound), seconds: started.duration(to: .now).seconds))
            hold(tier, at: value, problem, &floors)
        }
        // Optimal when every tier is proven; a tier after an unproven one cannot be, globally.
        let status: Plan.Status = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return Result(status: status, tiers: results, columns: columns, model: model)
    }

    /// How many reserved pairs may join at once when a time limit is set.
    static let affordableUnderTimeLimit = 50_000

    /// A bound that holds for the full model whatever the solver says: every pair and visitor counted.
    private func crudeBound(_ tier: ObjectiveTier) -> Int {
        Int(model.pairs.indices.reduce(0) { $0 + model.coefficient(tier, pair: $1) })
            + (tier == .coverage ? model.coverageColumn.count : 0)
    }

    /// Whether the time limit has passed: then no more columns join, and the plan so far stands.
    private var pastDeadline: Bool { deadline.map { ContinuousClock.now >= $0 } ?? false }

    /// Holds a tier at the value reached while the next ones are maximised.
    private func hold(_ tier: ObjectiveTier, at value: Int, _ problem: LinearProblem, _ floors: inout [Floor]) {
        let terms = model.objective(tier).enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) }
        problem.addRow(LinearModel.Row(terms, lower: Double(value)))
        floors.append(Floor(tier: tier, row: problem.rowCount - 1))
    }

    /// The coverage tier solved as a flow: its value, its bound, and the plan as pair columns
    /// (the pairs it uses join the model first).
    private mutating func coverageByFlow() -> (value: Int, bound: Int, columns: [Double], seconds: Double) {
        let started = ContinuousClock.now
        let input = model.eligibility.input
        let flow = CoverageFlow(pairs: model.pairs, input: PlanningInputShape(
            visitorCount: input.visitors.count, capacities: input.sessions.map(\.capacity),
            minimums: input.sessions.map(\.minVisitors)))
        for j in flow.plan where model.columnOfPair[j] == nil { _ = model.activate(j) }
        var x = model.emptySolution()
        for j in flow.plan { x[model.columnOfPair[j]!] = 1 }
        return (flow.plan.count, flow.bound, x, started.duration(to: .now).seconds)
    }

    /// Writes the tier's full model — every pair a column, earlier tiers held at their values — in
    /// free MPS format, for another solver to be measured on what a general MIP solver would get.
    private func exportFullModel(_ tier: ObjectiveTier, held: [(ObjectiveTier, Int)], to url: URL) {
        var full = model
        for j in full.reserve { _ = full.activate(j) }
        let problem = LinearProblem(full.linear)
        problem.maximize(full.objective(tier))
        for (heldTier, value) in held {
            let terms = full.objective(heldTier).enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) }
            problem.addRow(LinearModel.Row(terms, lower: Double(value)))
        }
        _ = problem.writeMPS(to: url.path)
    }

    /// Solves the tier's MIP over the current columns, from the plan so far; returns value and bound.
    private func solveOnce(_ tier: ObjectiveTier, _ problem: LinearProblem, _ columns: inout [Double]) -> (Int, Int) {
        let coefficients = model.objective(tier)
        let trivialBound = crudeBound(tier)
        let start = model.completed(columns)
        let unproven = { (b: Double?) in b.map { Int(($0 + 1e-6).rounded(.down)) } ?? trivialBound }
        switch problem.solve(until: deadline, incumbent: start, integralObjective: true) {
        case .optimal(_, let found):
            columns = model.completed(found)
            let value = model.value(of: coefficients, at: columns)
            return (value, value)
        case .feasible(_, let b, let found, _):
            columns = model.completed(found)
            return (model.value(of: coefficients, at: columns), unproven(b))
        case .noSolution(let b, _):
            columns = start
            return (model.value(of: coefficients, at: columns), unproven(b))
        case .infeasible, .unbounded, .failed:
            // The start plan stays valid: keep it, and claim nothing beyond the trivial bound.
            columns = start
            return (model.value(of: coefficients, at: columns), trivialBound)
        }
    }

    /// Solves the LP relaxation, letting in every reserved pair that could improve it, until none
    /// can: the relaxation is then the full model's. Nil when the time runs out first.
    private mutating func priceReserve(_ tier: ObjectiveTier, _ floors: [Floor], _ problem: LinearProblem) -> LinearProblem.Relaxation? {
        while !pastDeadline, let relaxation = problem.solveRelaxation(until: deadline) {
            let improving = model.reserve.filter { reducedCost($0, tier, floors, relaxation) > 1e-7 }
            if improving.isEmpty { return relaxation }
            activate(improving, tier, floors, problem)
        }
        return nil
    }

    /// The reduced cost of a reserved pair at the relaxation's duals: d = c − Σ a·π over its rows.
    private func reducedCost(_ j: Int, _ tier: ObjectiveTier, _ floors: [Floor], _ relaxation: LinearProblem.Relaxation) -> Double {
        var d = model.coefficient(tier, pair: j)
        for row in model.rows(ofReserved: j) { d -= relaxation.rowDuals[row] }
        for floor in floors { d -= model.coefficient(floor.tier, pair: j) * relaxation.rowDuals[floor.row] }
        return d
    }

    /// Makes reserved pairs columns of the model and of the problem, in every row they enter.
    private mutating func activate(_ pairs: [Int], _ tier: ObjectiveTier, _ floors: [Floor], _ problem: LinearProblem) {
        for j in pairs {
            let (_, entries) = model.activate(j)
            let held = floors.compactMap { f -> (row: Int, coefficient: Double)? in
                let c = model.coefficient(f.tier, pair: j)
                return c == 0 ? nil : (f.row, c)
            }
            problem.addColumn(model.suggestionKind, entries: entries + held, objective: model.coefficient(tier, pair: j))
        }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
