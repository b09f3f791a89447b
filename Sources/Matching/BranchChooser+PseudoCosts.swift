/// Pseudo-cost branching (GLPK's `ios_pcost_branch`), its trial solves sharing one copy per subproblem.
extension BranchChooser {
    /// The column whose estimated loss is largest in one of its branches, exploring the branch that
    /// loses less first; a branch whose trial has no solution is taken at once. A column not branched
    /// on yet in a direction starts that direction's cost from a trial solve (`TrialCopy.degradation`).
    func pseudoCostChoice(_ problem: GLPK.Problem, _ candidates: [Int32]) -> Choice {
        let copy = TrialCopy(problem)
        var best: Choice?
        var most = -1.0
        for j in candidates {
            let beta = GLPK.columnPrimal(problem, j)
            guard let downCost = cost(j, down: true, beta: beta, copy) else { return Choice(column: j, down: true) }
            guard let upCost = cost(j, down: false, beta: beta, copy) else { return Choice(column: j, down: false) }
            let d1 = downCost * (beta - beta.rounded(.down)), d2 = upCost * (beta.rounded(.up) - beta)
            let d = d1 > d2 ? d1 : d2
            if most < d {
                most = d
                best = Choice(column: j, down: d1 <= d2)
            }
        }
        guard let best, most != 0 else { return mostFractional(problem, candidates) }
        return best
    }

    /// Column j's average loss per unit in one direction; nil when its trial solve has no solution.
    private func cost(_ j: Int32, down: Bool, beta: Double, _ copy: TrialCopy) -> Double? {
        let k = Int(j)
        if down ? downCount[k] == 0 : upCount[k] == 0 {
            let target = down ? beta.rounded(.down) : beta.rounded(.up)
            self.trials += 1
            guard let degradation = copy.degradation(fixing: j, at: target) else { return nil }
            if down {
                downCount[k] = 1
                downSum[k] = degradation / (beta - target)
            } else {
                upCount[k] = 1
                upSum[k] = degradation / (target - beta)
            }
        }
        return down ? downSum[k] / Double(downCount[k]) : upSum[k] / Double(upCount[k])
    }
}

/// One copy of the search's problem at a subproblem, made when the first trial needs it, on which
/// each trial fixes a column, runs 30 dual simplex iterations and is undone (bounds and basis), so
/// that every trial starts where a fresh copy would (GLPK's `eval_degrad` copies for each).
/// Owns the copy and frees it.
final class TrialCopy {
    private let original: GLPK.Problem
    private var copy: GLPK.Problem?
    private var saved: (rows: [Int32], columns: [Int32]) = ([], [])

    init(_ problem: GLPK.Problem) { original = problem }

    deinit { if let copy { GLPK.deleteProblem(copy) } }

    /// How much the objective must lose with column j fixed at `value` (≥ 0; 0 when the trial proves
    /// nothing), or nil when the trial finds no solution.
    func degradation(fixing j: Int32, at value: Double) -> Double? {
        let trial: GLPK.Problem
        if let copy { trial = copy } else {
            trial = GLPK.copy(original)
            saved = GLPK.statuses(trial)
            copy = trial
        }
        let objective = GLPK.lpObjective(original)
        let bounds = GLPK.bounds(trial, j)
        GLPK.fix(trial, j, at: value)
        let bound = GLPK.trialBound(trial, iterations: 30, otherwise: objective)
        GLPK.setBounds(trial, j, bounds)
        GLPK.restoreStatuses(trial, saved)
        guard let bound else { return nil }
        let lost = GLPK.isMaximizing(original) ? objective - bound : bound - objective
        return BranchChooser.isNegligible(lost, at: objective) ? 0 : lost
    }
}
