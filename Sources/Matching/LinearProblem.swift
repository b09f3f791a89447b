import CGLPK
import Foundation

/// A GLPK problem loaded from a `LinearModel`: owns the C handle and frees it.
///
/// Create, solve and drop it on one thread in one synchronous scope (GLPK keeps its state per
/// thread). Rows can be added between solves, as the lexicographic solve does for each tier.
final class LinearProblem {
    let handle: GLPK.Problem
    let columnCount: Int
    /// Which columns take whole values.
    let whole: [Bool]

    /// The LP relaxation solved before a search: its value, and each column's reduced cost where it
    /// sits at a bound (nil for a basic column); what `fixColumns` needs to hold a tier.
    struct Relaxation {
        let value: Double
        let reducedCosts: [Double?]
    }

    /// How the search picks the column to branch on at a subproblem whose LP solution is fractional;
    /// `BranchChooser` makes GLPK's own choices for either, faster.
    ///
    /// Measured on po-plan's tiers (docs/solver.md, "Branching"): pseudo-costs start each column's
    /// cost with two trial LPs, which made the preference tier 1.4–2.8 times slower than
    /// Driebeck–Tomlin's penalties on the bassin (1.1–1.8 on 3 of 4 regions). The mix tier kept
    /// pseudo-costs while its LP bound was loose; since the model holds a suggestion in the rows it
    /// excludes (stop 24) its searches are short and the trials were most of them, so every tier
    /// branches by Driebeck–Tomlin.
    enum Branching {
        /// Driebeck–Tomlin penalties, from the LP's final tableau (GLPK's `GLP_BR_DTH`).
        case driebeckTomlin
        /// Pseudo-costs learnt from the search, started by trial LPs (GLPK's `GLP_BR_PCH`).
        case pseudoCosts
    }

    /// Loads `model`; with `named`, rows get their family's name (`capacity_S0012`) for exported models.
    init(_ model: LinearModel, named: Bool = false) {
        handle = GLPK.createProblem()
        GLPK.setName(handle, "po_plan")
        columnCount = model.columns.count
        whole = model.columns.map { $0.kind != .continuous }
        precondition(columnCount > 0, "a model needs at least one column")
        _ = GLPK.addColumns(handle, count: columnCount)
        for (j, c) in model.columns.enumerated() {
            GLPK.setColumn(handle, Int32(j + 1), kind: c.kind, lower: c.lower, upper: c.upper)
        }
        guard !model.rows.isEmpty else { return }
        _ = GLPK.addRows(handle, count: model.rows.count)
        var ia: [Int32] = [], ja: [Int32] = [], ar: [Double] = []
        ia.reserveCapacity(model.nonZeroCount)
        ja.reserveCapacity(model.nonZeroCount)
        ar.reserveCapacity(model.nonZeroCount)
        var names: Set<String> = []
        for (i, row) in model.rows.enumerated() {
            GLPK.setRowBounds(handle, Int32(i + 1), lower: row.lower, upper: row.upper)
            if named, let name = row.name {
                // Ids that differ only in characters MPS cannot hold would give one name twice.
                GLPK.setRowName(handle, Int32(i + 1), names.insert(name).inserted ? name : "\(name)_r\(i + 1)")
            }
            for t in row.terms {
                ia.append(Int32(i + 1))
                ja.append(Int32(t.column + 1))
                ar.append(t.coefficient)
            }
        }
        GLPK.loadMatrix(handle, rows: ia, columns: ja, values: ar)
    }

    /// A problem that owns `handle`, a copy of another's (`copy`).
    private init(owning handle: GLPK.Problem, columnCount: Int, whole: [Bool]) {
        self.handle = handle
        self.columnCount = columnCount
        self.whole = whole
    }

    /// A problem of its own holding what this one holds now: rows, bounds, objective and basis.
    func copy() -> LinearProblem {
        LinearProblem(owning: GLPK.copyProblem(handle), columnCount: columnCount, whole: whole)
    }

    deinit { GLPK.deleteProblem(handle) }

    /// What the last search did: subproblems made, simplex iterations (the root LP's included) and the
    /// pseudo-cost trials the branching ran.
    struct SearchCounts: Equatable {
        let subproblems: Int
        let iterations: Int
        let trials: Int
    }

    private(set) var lastSearch: SearchCounts?

    /// Rows asked for at a subproblem's LP solution (its column values, and whether it is the
    /// search's root): rows that solution breaks and every solution of the whole problem keeps.
    typealias LazyRows = (_ values: [Double], _ atRoot: Bool) -> [LinearModel.Row]

    var rowCount: Int { GLPK.rowCount(handle) }

    /// Adds one constraint after loading (a tier fixed at its optimum, say).
    func addRow(_ row: LinearModel.Row) { Self.append(row, to: handle) }

    /// Adds a row to a GLPK problem: this one, or the search's, from inside a callback.
    fileprivate static func append(_ row: LinearModel.Row, to handle: GLPK.Problem) {
        let i = GLPK.addRows(handle, count: 1)
        GLPK.setRowBounds(handle, i, lower: row.lower, upper: row.upper)
        GLPK.setRowTerms(handle, i, columns: row.terms.map { Int32($0.column + 1) },
                         values: row.terms.map(\.coefficient))
    }

    /// Runs the simplex method from the basis of `start` (the plan so far) or, without one, from
    /// GLPK's advanced basis (see `GLPK.simplex`); never from the last tier's basis.
    func runSimplex(until deadline: ContinuousClock.Instant?, from start: [Double]?, keepingBasis: Bool) -> Int32 {
        GLPK.simplex(handle, timeLimitMilliseconds: milliseconds(until: deadline), from: start, keepingBasis: keepingBasis)
    }

    /// Sets the objective to maximise: one coefficient per column.
    func maximize(_ coefficients: [Double]) {
        precondition(coefficients.count == columnCount, "one coefficient per column")
        GLPK.setMaximize(handle, true)
        for (j, c) in coefficients.enumerated() {
            GLPK.setObjectiveCoefficient(handle, Int32(j + 1), c)
        }
    }

    /// Solves to proven optimality or until `deadline`, starting from `incumbent` when given: its
    /// LP from the incumbent's basis, its search with the incumbent as the first solution.
    ///
    /// `integralObjective` says every solution has a whole objective value; the search then
    /// stops as soon as no open subproblem can beat the incumbent by a whole unit.
    ///
    /// `lazyRows`, when given, is asked at every subproblem's LP solution for rows it breaks;
    /// the rows it gives must hold for every solution of the whole problem. They join the
    /// search at once (the subproblem's LP is solved again), and the problem for good once the
    /// search ends.
    func solve(until deadline: ContinuousClock.Instant?, incumbent: [Double]?,
               integralObjective: Bool, lazyRows: LazyRows? = nil) -> SolverOutcome {
        search(until: deadline, incumbent: incumbent, integralObjective: integralObjective, lazyRows: lazyRows).outcome
    }

    /// `solve`, with the LP relaxation solved before the search (nil when the LP itself ended it).
    ///
    /// `branching` is chosen by `BranchChooser`, or by GLPK itself when `glpkChooses` (the same
    /// columns, much more slowly: for tests that compare the two).
    ///
    /// With `neighbourhood`, a plan is first looked for among the solutions that keep every whole
    /// column the LP solution has whole (`rootNeighbourhood`); the better of it and `incumbent`
    /// starts the search, and the columns that cannot move without falling below it are fixed.
    /// `subproblemLimit` stops the search once it has made that many subproblems; `keepingBasis`
    /// starts the LP from the problem's own basis rather than the incumbent's; a `light` search adds
    /// no cuts (for small problems); with `sifting`, an LP started from the incumbent's basis is
    /// solved first without the columns that wait outside (`siftedSimplex`).
    func search(until deadline: ContinuousClock.Instant?, incumbent: [Double]?, integralObjective: Bool,
                branching: Branching = .pseudoCosts, glpkChooses: Bool = false, neighbourhood: Bool = false,
                subproblemLimit: Int? = nil, keepingBasis: Bool = false, light: Bool = false, sifting: Bool = false,
                lazyRows: LazyRows? = nil) -> (outcome: SolverOutcome, relaxation: Relaxation?) {
        let iterationsBefore = GLPK.iterationCount(handle), started = ContinuousClock.now
        var simplexCode: Int32
        if sifting, !keepingBasis, let start = incumbent {
            simplexCode = siftedSimplex(until: deadline, from: start)
        } else {
            simplexCode = runSimplex(until: deadline, from: keepingBasis ? nil : incumbent, keepingBasis: keepingBasis)
        }
        if keepingBasis, GLPK.isBasisFailure(simplexCode), let start = incumbent {
            // The basis left could not be factorized: start from the incumbent's instead.
            simplexCode = runSimplex(until: deadline, from: start, keepingBasis: false)
        }
        if let lp = SolverOutcome.fromSimplex(code: simplexCode, status: { GLPK.lpStatus(handle) }) {
            return (lp, nil)
        }
        let rootBound = GLPK.lpObjective(handle)
        if GLPK.solverLog {
            let seconds = started.duration(to: .now).seconds
            print("po-plan LP: \(GLPK.iterationCount(handle) - iterationsBefore) simplex iterations in \(String(format: "%.2f", seconds)) s")
        }
        let relaxation = Relaxation(value: rootBound, reducedCosts: GLPK.reducedCostsAtBounds(handle))
        var incumbent = incumbent
        if neighbourhood, integralObjective {
            incumbent = improvedStart(incumbent, relaxation: relaxation, until: deadline, branching: branching, lazyRows: lazyRows)
        }

        // With a whole objective, a relative gap under 1/(|bound|+1) leaves less than one unit.
        let gap = integralObjective ? 0.999 / (abs(rootBound) + 1) : 0
        let search = SearchState(incumbent: incumbent, rootBound: rootBound, lazyRows: lazyRows,
                                 chooser: glpkChooses ? nil : BranchChooser(branching, columnCount: columnCount),
                                 subproblemLimit: subproblemLimit)
        let info = Unmanaged.passUnretained(search).toOpaque()
        let code = withExtendedLifetime(search) {
            GLPK.intopt(handle, timeLimitMilliseconds: milliseconds(until: deadline), relativeGap: gap, branching: branching,
                        light: light,
                        callback: searchCallback, info: info, nodeDataBytes: NodeRecord.byteCount)
        }
        let outcome = SolverOutcome.fromIntopt(code: code, status: GLPK.mipStatus(handle), value: GLPK.mipObjective(handle),
                                               bound: search.bound, columns: { GLPK.mipColumnValues(handle) },
                                               gapProves: integralObjective)
        lastSearch = SearchCounts(subproblems: search.subproblems, iterations: GLPK.iterationCount(handle) - iterationsBefore,
                                  trials: search.chooser?.trials ?? 0)
        if GLPK.solverLog, let counts = lastSearch {
            print("po-plan search: \(counts.subproblems) subproblems, \(counts.iterations) simplex iterations, \(counts.trials) trial solves")
        }
        // GLPK drops the rows added during the search; they hold everywhere, so they stay.
        for row in search.generated { addRow(row) }
        return (outcome, relaxation)
    }

    /// Fixes every whole column that must keep its value in any solution whose objective (the one
    /// of `relaxation`) stays at least `floor`; returns how many were fixed.
    ///
    /// At an optimal LP vertex of value z, moving a column off its bound by t costs at least
    /// |d|·t, d its reduced cost: a whole column whose |d| exceeds z − floor cannot move at all.
    /// This holds for the LP before the search, and so for every whole solution.
    @discardableResult
    func fixColumns(_ relaxation: Relaxation, keepingObjectiveAtLeast floor: Double) -> Int {
        var fixed = 0
        for (j, d) in relaxation.reducedCosts.enumerated() where whole[j] {
            guard let d, abs(d) > relaxation.value - floor + 1e-6,
                  GLPK.fixColumnAtItsBound(handle, Int32(j + 1)) else { continue }
            fixed += 1
        }
        return fixed
    }

    /// Runs `body` on the GLPK problem itself, for tests that compare po-plan's steps with GLPK's.
    func withHandle<T>(_ body: (GLPK.Problem) -> T) -> T { body(handle) }

    /// Writes the current model (objective and all rows) in free MPS format.
    func writeMPS(to path: String) -> Bool { GLPK.writeMPS(handle, path: path) }

    private func milliseconds(until deadline: ContinuousClock.Instant?) -> Int32? {
        guard let deadline else { return nil }
        let left = ContinuousClock.now.duration(to: deadline)
        let ms = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(1, ms))
    }
}

/// What the branch-and-bound callback keeps between calls: the start solution, the best bound,
/// the lazy rows asked for and given, and what chooses the columns to branch on.
private final class SearchState {
    var incumbent: [Double]?
    var bound: Double?
    let lazyRows: LinearProblem.LazyRows?
    var generated: [LinearModel.Row] = []
    let chooser: BranchChooser?
    var subproblems = 0
    let subproblemLimit: Int?

    init(incumbent: [Double]?, rootBound: Double, lazyRows: LinearProblem.LazyRows?, chooser: BranchChooser?,
         subproblemLimit: Int?) {
        self.incumbent = incumbent
        bound = rootBound
        self.lazyRows = lazyRows
        self.chooser = chooser
        self.subproblemLimit = subproblemLimit
    }
}

/// Offers the start solution once, adds the lazy rows a subproblem's solution breaks, chooses
/// the column to branch on, and records the best bound as the search goes.
private let searchCallback: @convention(c) (GLPK.Tree?, UnsafeMutableRawPointer?) -> Void = { tree, info in
    guard let tree, let info else { return }
    let state = Unmanaged<SearchState>.fromOpaque(info).takeUnretainedValue()
    if let b = GLPK.bestBound(tree) { state.bound = b }
    state.subproblems = max(state.subproblems, GLPK.subproblemsMade(tree))
    if let limit = state.subproblemLimit, state.subproblems > limit {
        GLPK.terminate(tree)
        return
    }
    switch GLPK.reason(tree) {
    case GLP_IHEUR:
        if let start = state.incumbent {
            GLPK.offerSolution(tree, start)
            state.incumbent = nil
        }
    case GLP_IROWGEN:
        guard let lazyRows = state.lazyRows, let problem = GLPK.problem(of: tree) else { return }
        for row in lazyRows(GLPK.columnPrimals(problem), GLPK.isAtRoot(tree)) {
            LinearProblem.append(row, to: problem)
            state.generated.append(row)
        }
    case GLP_IBRANCH:
        state.chooser?.choose(tree)
    default:
        break
    }
}
