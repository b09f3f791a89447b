/// Chooses the column to branch on at each fractional subproblem of a search, by the rules GLPK
/// 5.0 itself uses (`glpios09.c`), without GLPK's passes over the whole matrix for every candidate.
///
/// GLPK computes a row of the simplex tableau column by column, walking every non-basic column's
/// terms (`glp_eval_tab_row`), and starts each pseudo-cost from trial solves on a fresh copy of the
/// whole problem (`eval_degrad`): on region seed 1 with the team's decisions the two were a quarter
/// of the run. Here a tableau row is built from the few rows of B⁻¹'s row that are not zero, and one
/// copy serves every trial of a subproblem. The choices, and so the searches, are the same as GLPK's
/// (docs/solver.md, "Branching").
final class BranchChooser {
    let rule: LinearProblem.Branching
    /// Pseudo-costs learnt so far, per column (1-based): sums of degradation per unit and counts.
    var downSum: [Double], downCount: [Int], upSum: [Double], upCount: [Int]
    /// Work arrays, from index 1: B⁻¹'s row, a tableau row (variables 1…m+n), one matrix row.
    var rho: [Double] = []
    var tableauVariables: [Int32] = [], tableauValues: [Double] = []
    var rowColumns: [Int32] = [], rowValues: [Double] = []
    /// A tableau row's entry per column being summed, and which columns it touched.
    var sums: [Double] = [], touched: [Int32] = []
    /// Trial solves run to start pseudo-costs.
    var trials = 0

    /// A column to branch on, and the branch to explore first.
    struct Choice: Equatable {
        let column: Int32
        let down: Bool
    }

    init(_ rule: LinearProblem.Branching, columnCount n: Int) {
        self.rule = rule
        downSum = Array(repeating: 0, count: n + 1)
        downCount = Array(repeating: 0, count: n + 1)
        upSum = downSum
        upCount = downCount
    }

    /// Called at `GLP_IBRANCH`: learns from how the subproblem's LP moved from its parent's, chooses
    /// a column and tells the search.
    func choose(_ tree: GLPK.Tree) {
        guard let problem = GLPK.problem(of: tree) else { return }
        let candidates = (1...Int32(GLPK.columnCount(problem))).filter { GLPK.canBranch(tree, $0) }
        guard !candidates.isEmpty else { return }
        let node = GLPK.currentNode(tree)
        let choice: Choice
        switch rule {
        case .driebeckTomlin:
            choice = penaltyChoice(problem, candidates)
        case .pseudoCosts:
            learn(tree, problem, node: node)
            choice = pseudoCostChoice(problem, candidates)
        }
        NodeRecord(column: choice.column, value: GLPK.columnPrimal(problem, choice.column),
                   objective: GLPK.lpObjective(problem)).store(in: GLPK.nodeData(tree, node))
        GLPK.branchUpon(tree, choice.column, down: choice.down)
    }

    /// Whether a loss of the objective is within round-off of none, at an LP objective of `objective`
    /// (GLPK's tolerance in both rules).
    static func isNegligible(_ loss: Double, at objective: Double) -> Bool {
        loss < 1e-6 * (1 + 0.001 * abs(objective))
    }

    /// The column whose value is nearest to a half, rounding first toward that half (GLPK's
    /// `branch_mostf`, what both rules fall back to when no branch seems to cost anything).
    func mostFractional(_ problem: GLPK.Problem, _ candidates: [Int32]) -> Choice {
        var best = candidates[0], most = Double.greatestFiniteMagnitude, down = true
        for j in candidates {
            let beta = GLPK.columnPrimal(problem, j)
            let half = beta.rounded(.down) + 0.5
            if most > abs(beta - half) {
                best = j
                most = abs(beta - half)
                down = beta < half
            }
        }
        return Choice(column: best, down: down)
    }

    /// Adds to the pseudo-costs what the current subproblem's LP lost against its parent's, per unit
    /// the branching column moved (GLPK's `ios_pcost_update`).
    private func learn(_ tree: GLPK.Tree, _ problem: GLPK.Problem, node: Int32) {
        let parent = GLPK.parentNode(tree, node)
        guard parent != 0 else { return }
        let record = NodeRecord(GLPK.nodeData(tree, parent))
        let j = Int(record.column)
        guard j >= 1 && j < downSum.count else { return }
        let dx = GLPK.columnPrimal(problem, record.column) - record.value
        guard dx != 0 else { return }
        let psi = abs((GLPK.lpObjective(problem) - record.objective) / dx)
        if dx < 0 {
            downCount[j] += 1
            downSum[j] += psi
        } else {
            upCount[j] += 1
            upSum[j] += psi
        }
    }
}

/// What a subproblem remembers once it has branched: the column, its LP value and the LP's
/// objective there, for its children to learn pseudo-costs from (in GLPK's node data).
struct NodeRecord {
    /// The bytes it takes: the column at 0, the value at 8, the objective at 16.
    static let byteCount: Int32 = 24

    let column: Int32
    let value: Double
    let objective: Double

    init(column: Int32, value: Double, objective: Double) {
        self.column = column
        self.value = value
        self.objective = objective
    }

    init(_ data: UnsafeMutableRawPointer) {
        column = data.load(as: Int32.self)
        value = data.load(fromByteOffset: 8, as: Double.self)
        objective = data.load(fromByteOffset: 16, as: Double.self)
    }

    func store(in data: UnsafeMutableRawPointer) {
        data.storeBytes(of: column, as: Int32.self)
        data.storeBytes(of: value, toByteOffset: 8, as: Double.self)
        data.storeBytes(of: objective, toByteOffset: 16, as: Double.self)
    }
}
