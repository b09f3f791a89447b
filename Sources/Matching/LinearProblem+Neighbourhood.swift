import Foundation

/// The search's first plan, looked for near the LP solution before the search itself.
///
/// On po-plan's tiers the LP solution is almost whole: at the stress instance's preference tier,
/// 48 of 58,594 whole columns are fractional, and its value is already the tier's optimum. GLPK's
/// depth-first search still made 551 subproblems of about 80 ms each to find a plan there, most of
/// each spent rebuilding and preprocessing the whole problem for one or two simplex iterations.
/// Keeping every column the LP has whole at its value leaves a small problem whose plans are plans of
/// the whole one; when its best meets the LP bound, the whole search ends at its root.
extension LinearProblem {
    /// Subproblems the search of the neighbourhood may make before it gives what it has.
    static let neighbourhoodSubproblems = 200

    /// The better of `start` and the best plan found near the LP solution (`rootNeighbourhood`);
    /// then fixes the columns that cannot move without the objective falling below it.
    ///
    /// Called with the LP solved: its solution and `relaxation` are the root's. Exact: the plan
    /// returned is a solution of this problem (a neighbourhood only adds bounds, and its search checks
    /// each whole solution with `lazyRows` as the whole one does), and a column whose reduced cost
    /// exceeds the LP value less the plan's value is at its bound in every solution at least as good.
    func improvedStart(_ start: [Double]?, relaxation: Relaxation, until deadline: ContinuousClock.Instant?,
                       branching: Branching, lazyRows: LazyRows?) -> [Double]? {
        let objective = GLPK.objectiveCoefficients(handle)
        let value = { (x: [Double]) in zip(objective, x).reduce(0) { $0 + $1.0 * $1.1 } }
        let bound = (relaxation.value + 1e-6).rounded(.down)
        let started = ContinuousClock.now
        var best = start
        if start.map({ value($0) < bound - 0.5 }) ?? true,
           let found = rootNeighbourhood(until: deadline, branching: branching, lazyRows: lazyRows),
           best.map({ value(found) > value($0) + 0.5 }) ?? true {
            best = found
        }
        if GLPK.solverLog {
            let text = { (x: [Double]?) in x.map { String(Int(value($0).rounded())) } ?? "none" }
            print("po-plan neighbourhood: start \(text(start)), best \(text(best)), LP bound \(Int(bound))"
                + " (\(String(format: "%.2f", started.duration(to: .now).seconds)) s)")
        }
        if let best {
            let fixed = fixColumns(relaxation, keepingObjectiveAtLeast: value(best))
            if GLPK.solverLog { print("po-plan neighbourhood: \(fixed) of \(columnCount) columns fixed") }
        }
        return best
    }

    /// The best solution found, within `neighbourhoodSubproblems` on a copy of the problem, with every
    /// whole column the current LP solution has whole kept at its value; nil when there is none, or
    /// when the LP solution is whole already (the search finds that one at its root).
    func rootNeighbourhood(until deadline: ContinuousClock.Instant?, branching: Branching,
                           lazyRows: LazyRows?) -> [Double]? {
        let values = GLPK.columnPrimals(handle)
        let isWhole = { (j: Int) in abs(values[j] - values[j].rounded()) <= 1e-6 }
        let free = (0..<columnCount).filter { whole[$0] && !isWhole($0) }.count
        guard free > 0 else { return nil }
        let near = copy()
        for j in 0..<columnCount where whole[j] && isWhole(j) {
            GLPK.fixColumn(near.handle, Int32(j + 1), at: values[j].rounded())
        }
        // Its subproblems are never the whole search's root: the rows asked there are only those its
        // whole solutions break (a re-plan's root checks its fractional solutions too, a few times).
        let wholeOnly = lazyRows.map { rows in { (values: [Double], _: Bool) in rows(values, false) } }
        let (outcome, _) = near.search(until: deadline, incumbent: nil, integralObjective: true, branching: branching,
                                       subproblemLimit: Self.neighbourhoodSubproblems, keepingBasis: true,
                                       light: true, lazyRows: wholeOnly)
        if GLPK.solverLog { print("po-plan neighbourhood: \(free) columns free; \(outcome.summary)") }
        switch outcome {
        case .optimal(_, let columns), .feasible(_, _, let columns, _): return columns
        default: return nil
        }
    }
}
