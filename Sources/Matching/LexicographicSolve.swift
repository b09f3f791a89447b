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

    /// One tier solved: the value reached, the best bound proven, and the columns of the solution
    /// found when it improves on the start.
    struct TierSolve {
        var value: Int
        var bound: Int
        var found: [Double]?
        /// Why the tier is not proven, when it is not: a time limit, or GLPK's failure.
        var stop: String?
        /// The constraints admit no plan at all (the team's pins cannot hold together).
        var infeasible = false
        /// The LP relaxation solved first, to fix columns once the tier is held.
        var relaxation: LinearProblem.Relaxation?
    }

    func run(progress: (PlanningProgress) -> Void) -> Result {
        let tiers = model.tiers
        guard !model.linear.columns.isEmpty else {
            // Nobody can go anywhere: the empty plan is the only one, and it is optimal.
            return Result(status: .optimal, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, plan: [])
        }
        // Priority and coverage first are flow problems: their bounds come from a flow, and a plan
        // built from it (keeping the team's rules) starts the search, often proving them at once.
        let flowStarted = ContinuousClock.now
        let flow = [.priority, .coverage].contains(tiers.first) ? FlowStart(model) : nil
        // Without yes pins, assigning nobody is a plan; with them, only a solution found is.
        var plan: [Int]? = flow?.plan ?? (model.pairs.contains(where: \.pinned) ? nil : [])
        var columns = plan.map { model.columns(for: $0) }
        // The flow proves the leading priority and coverage tiers, in order, as long as its plan reaches
        // their bounds; GLPK solves the rest, starting from the flow's plan.
        var flowProves = flow != nil && plan != nil
        if GLPK.solverLog, let flow {
            let leading = tiers.prefix { $0 == .priority || $0 == .coverage }
            let reached = plan.map { start in leading.map { model.value(of: $0, at: model.columns(for: start)) } } ?? []
            print("po-plan flow: bounds priority \(flow.priorityBound), coverage \(flow.coverageBound); start reaches \(reached)"
                + " (\(String(format: "%.2f", flowStarted.duration(to: .now).seconds)) s)")
        }
        let problem = LinearProblem(model.linear)
        var results: [TierResult] = []
        var lpSolved = false
        for (k, tier) in tiers.enumerated() {
            let started = ContinuousClock.now
            problem.maximize(model.objective(tier))
            if let dir = exportDirectory {
                exportPlainModel(tier, held: results, to: dir.appendingPathComponent("tier-\(k + 1)-\(tier.rawValue).mps"))
            }
            var result: TierResult
            var relaxation: LinearProblem.Relaxation?
            if flowProves, let flow, let start = plan, let bound = flowBound(tier, flow),
               model.value(of: tier, at: model.columns(for: start)) == bound {
                result = TierResult(tier: tier, value: bound, bound: bound)
            } else {
                flowProves = false
                // A re-plan starts each LP from the plan: its searches prove bounds with the rows found at
                // their roots, and from the keep tier's basis bassin seed 3's coverage took 41
                // subproblems instead of 1.
                let solved = solveOnce(tier, problem, start: columns, keepingBasis: lpSolved && !tiers.contains(.keep))
                lpSolved = lpSolved || solved.relaxation != nil
                relaxation = solved.relaxation
                if solved.infeasible {
                    progress(.stopped(reason: "the constraints admit no plan"))
                    return Result(status: .infeasible, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, plan: [])
                }
                if let stop = solved.stop { progress(.stopped(reason: stop)) }
                if let found = solved.found, let placed = model.plan(from: found) {
                    columns = model.columns(for: placed)
                    plan = placed
                }
                result = TierResult(tier: tier, value: solved.value, bound: max(solved.value, solved.bound))
                if let flow, let bound = flowBound(tier, flow), tiers[..<k].allSatisfy({ $0 == .priority }) {
                    result.bound = min(result.bound, bound)
                }
            }
            guard let plan else {
                // No plan found before the search stopped: nothing can be given.
                return Result(status: .infeasible, tiers: tiers.map { TierResult(tier: $0, value: 0, bound: 0) }, plan: [])
            }
            // The plan's own value is what counts (a failed placement keeps the plan before).
            result.value = min(result.value, model.value(of: tier, at: model.columns(for: plan)))
            result.bound = max(result.bound, result.value)
            results.append(result)
            progress(.tierSolved(tier: tier, value: result.value, bound: result.bound,
                                 seconds: started.duration(to: .now).seconds))
            hold(tier, at: result.value, problem, relaxation: relaxation)
        }
        // Optimal when every tier is proven; a tier after an unproven one cannot be, globally.
        let status: Plan.Status = results.allSatisfy(\.isProven) ? .optimal : .feasible
        return Result(status: status, tiers: results, plan: plan ?? [])
    }

    /// Solves the tier's MIP from the plan so far (nil when none is known yet).
    ///
    /// With `keepingBasis` (a first plan, once an earlier tier's LP was solved on this problem), the
    /// LP starts from the basis that LP left: optimal for the tier before and still feasible with it
    /// held at its optimum, so no first phase is needed (region seed 1's mix LP: 3,872 → 817
    /// iterations). Until each search began from the plan near its LP solution, the other vertex
    /// this gives made the mix tier's searches longer (docs/solver.md).
    private func solveOnce(_ tier: ObjectiveTier, _ problem: LinearProblem, start: [Double]?, keepingBasis: Bool) -> TierSolve {
        let startValue = start.map { model.value(of: tier, at: $0) } ?? 0
        // Re-planning, every tier starts from a plan close to its optimum, so a search there mostly
        // proves a bound, and a bound that counts suggestions no session has room for needs one:
        // a re-plan of bassin seed 3 searched 300 subproblems over a bound of 727 against 726. So
        // the root's fractional solutions are checked too, until three in a row break no room row
        // (GLPK asks again after every round of cuts, and on the region each check is a flow of
        // 40 ms). In a first plan the rows moved the root's vertex and lengthened the dives that
        // find the optimum (bassin +0.2–0.4 s, region seed 1 with decisions: mix 17 → 31 s).
        var emptyChecks = model.tiers.contains(.keep) ? 0 : 3
        let (outcome, relaxation) = problem.search(until: deadline, incumbent: start, integralObjective: true,
                                                   branching: .driebeckTomlin,
                                                   neighbourhood: true, keepingBasis: keepingBasis,
                                                   sifting: true) { values, atRoot in
            let fractional = atRoot && emptyChecks < 3
            let rows = model.lazyRoomRows(at: values, evenFractional: fractional)
            if fractional { emptyChecks = rows.isEmpty ? emptyChecks + 1 : 0 }
            return rows
        }
        var solved = solveResult(tier, outcome, startValue: startValue)
        solved.relaxation = relaxation
        return solved
    }

    /// What one search of a tier gives, whatever way it ended.
    private func solveResult(_ tier: ObjectiveTier, _ outcome: SolverOutcome, startValue: Int) -> TierSolve {
        let unproven = { (b: Double?) in b.map { Int(($0 + 1e-6).rounded(.down)) } ?? model.crudeBound(tier) }
        switch outcome {
        case .optimal(_, let found):
            let value = model.value(of: tier, at: found)
            return TierSolve(value: value, bound: value, found: found)
        case .feasible(_, let b, let found, let stop):
            return TierSolve(value: model.value(of: tier, at: found), bound: unproven(b), found: found,
                             stop: "\(tier.rawValue): \(stop.description)")
        case .noSolution(let b, let stop):
            return TierSolve(value: startValue, bound: unproven(b), found: nil, stop: "\(tier.rawValue): \(stop.description)")
        case .infeasible:
            // Assigning nobody is always allowed, so only yes pins can make the model infeasible.
            return TierSolve(value: 0, bound: 0, found: nil, infeasible: true)
        case .unbounded:
            return TierSolve(value: startValue, bound: model.crudeBound(tier), found: nil,
                             stop: "\(tier.rawValue): GLPK reported an unbounded objective, which cannot happen here")
        case .failed(let failure):
            // The start plan stays valid: keep it, and claim nothing beyond the crude bound.
            return TierSolve(value: startValue, bound: model.crudeBound(tier), found: nil,
                             stop: "\(tier.rawValue): \(failure.description)")
        }
    }

    /// Holds a tier at the value reached while the next ones are maximised.
    /// Columns that cannot move without the tier falling below it are fixed, too.
    private func hold(_ tier: ObjectiveTier, at value: Int, _ problem: LinearProblem, relaxation: LinearProblem.Relaxation?) {
        problem.addRow(Self.floor(model.objective(tier), at: value))
        if let relaxation {
            let fixed = problem.fixColumns(relaxation, keepingObjectiveAtLeast: Double(value))
            if GLPK.solverLog { print("po-plan hold \(tier.rawValue) at \(value): \(fixed) of \(problem.columnCount) columns fixed") }
        }
    }

    /// The row Σ c·x ≥ value.
    private static func floor(_ coefficients: [Double], at value: Int) -> LinearModel.Row {
        let terms = coefficients.enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) }
        return LinearModel.Row(terms, lower: Double(value))
    }

    /// The flow's bound of a tier, for priority and coverage: valid for coverage after priority too, as
    /// holding priority can only lower it.
    private func flowBound(_ tier: ObjectiveTier, _ flow: FlowStart) -> Int? {
        switch tier {
        case .priority: return flow.priorityBound
        case .coverage: return flow.coverageBound
        default: return nil
        }
    }

    /// Writes the tier's plain model — one column per pair, earlier tiers held at their values —
    /// in free MPS format, for another solver to be measured on what a general MIP solver would get.
    private func exportPlainModel(_ tier: ObjectiveTier, held: [TierResult], to url: URL) {
        let plain = AssignmentModel(model.eligibility, seed: 1, suggestions: .pairs)
        let problem = LinearProblem(plain.linear, named: true)
        problem.maximize(plain.objective(tier))
        for t in held { problem.addRow(Self.floor(plain.objective(t.tier), at: t.value)) }
        _ = problem.writeMPS(to: url.path)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
