import CGLPK
import Foundation

/// Every call po-plan makes into GLPK, each checking its arguments first.
///
/// GLPK aborts the whole process on a bad call (an index out of range, a name longer than
/// 255 characters), so nothing reaches it unchecked. Its state is kept per thread: a problem
/// is created, solved and deleted in one synchronous scope on one thread. Nothing here is public.
enum GLPK {
    /// A GLPK problem object.
    typealias Problem = OpaquePointer
    /// A GLPK branch-and-bound tree, as seen from a search callback.
    typealias Tree = OpaquePointer

    /// GLPK's own progress on standard output, for whoever studies a slow solve: set
    /// POPLAN_SOLVER_LOG in the environment (GLPK prints sizes and bounds, never names).
    static let solverLog = getenv("POPLAN_SOLVER_LOG") != nil

    static func createProblem() -> Problem {
        _ = glp_term_out(solverLog ? GLP_ON : GLP_OFF)
        guard let p = glp_create_prob() else { preconditionFailure("GLPK could not create a problem") }
        return p
    }

    static func deleteProblem(_ p: Problem) { glp_delete_prob(p) }

    /// A new problem holding what `p` holds: columns, rows, bounds, objective and basis, without names.
    static func copyProblem(_ p: Problem) -> Problem {
        let copy = createProblem()
        glp_copy_prob(copy, p, GLP_OFF)
        return copy
    }

    static func setMaximize(_ p: Problem, _ maximize: Bool) {
        glp_set_obj_dir(p, maximize ? GLP_MAX : GLP_MIN)
    }

    /// Adds `count` columns and returns the 1-based index of the first.
    static func addColumns(_ p: Problem, count: Int) -> Int32 {
        precondition(count > 0 && count < Int(Int32.max) - Int(glp_get_num_cols(p)), "column count out of range")
        return glp_add_cols(p, Int32(count))
    }

    /// Adds `count` rows and returns the 1-based index of the first.
    static func addRows(_ p: Problem, count: Int) -> Int32 {
        precondition(count > 0 && count < Int(Int32.max) - Int(glp_get_num_rows(p)), "row count out of range")
        return glp_add_rows(p, Int32(count))
    }

    /// Sets a column's kind and bounds; `j` is 1-based.
    static func setColumn(_ p: Problem, _ j: Int32, kind: LinearModel.Column.Kind, lower: Double, upper: Double) {
        checkColumn(p, j)
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "invalid column bounds")
        switch kind {
        case .binary: glp_set_col_kind(p, j, GLP_BV)
        case .continuous: glp_set_col_kind(p, j, GLP_CV)
        }
        setColumnBounds(p, j, lower: lower, upper: upper)
    }

    /// Sets column `j`'s bounds (1-based), keeping its kind.
    static func setColumnBounds(_ p: Problem, _ j: Int32, lower: Double, upper: Double) {
        checkColumn(p, j)
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "invalid column bounds")
        glp_set_col_bnds(p, j, lower == upper ? GLP_FX : GLP_DB, lower, upper)
    }

    /// Column `j`'s bounds (1-based).
    static func columnBounds(_ p: Problem, _ j: Int32) -> (lower: Double, upper: Double) {
        checkColumn(p, j)
        return (glp_get_col_lb(p, j), glp_get_col_ub(p, j))
    }

    /// Sets a row's bounds; `i` is 1-based and a nil side is unbounded.
    static func setRowBounds(_ p: Problem, _ i: Int32, lower: Double?, upper: Double?) {
        checkRow(p, i)
        switch (lower, upper) {
        case (nil, nil): glp_set_row_bnds(p, i, GLP_FR, 0, 0)
        case let (l?, nil): glp_set_row_bnds(p, i, GLP_LO, l, 0)
        case let (nil, u?): glp_set_row_bnds(p, i, GLP_UP, 0, u)
        case let (l?, u?):
            precondition(l <= u, "row lower bound above upper bound")
            glp_set_row_bnds(p, i, l == u ? GLP_FX : GLP_DB, l, u)
        }
    }

    /// Replaces row `i`'s coefficients; columns are 1-based and must be distinct.
    static func setRowTerms(_ p: Problem, _ i: Int32, columns: [Int32], values: [Double]) {
        checkRow(p, i)
        precondition(columns.count == values.count, "one value per column")
        let n = glp_get_num_cols(p)
        precondition(columns.allSatisfy { $0 >= 1 && $0 <= n }, "row refers to a column out of range")
        precondition(Set(columns).count == columns.count, "a row names a column twice")
        // GLPK reads both arrays from index 1.
        let ind = [0] + columns
        let val = [0] + values
        glp_set_mat_row(p, i, Int32(columns.count), ind, val)
    }

    /// Loads the whole constraint matrix at once from 1-based (row, column, value) triplets.
    static func loadMatrix(_ p: Problem, rows: [Int32], columns: [Int32], values: [Double]) {
        precondition(rows.count == columns.count && columns.count == values.count, "triplets of equal length")
        let m = glp_get_num_rows(p), n = glp_get_num_cols(p)
        precondition(rows.allSatisfy { $0 >= 1 && $0 <= m }, "matrix row out of range")
        precondition(columns.allSatisfy { $0 >= 1 && $0 <= n }, "matrix column out of range")
        precondition(values.allSatisfy(\.isFinite), "matrix value not finite")
        glp_load_matrix(p, Int32(values.count), [0] + rows, [0] + columns, [0] + values)
    }

    static func setObjectiveCoefficient(_ p: Problem, _ j: Int32, _ value: Double) {
        checkColumn(p, j)
        precondition(value.isFinite, "objective coefficient not finite")
        glp_set_obj_coef(p, j, value)
    }

    /// Gives the problem a short generated name (never user text, which may exceed 255 bytes).
    static func setName(_ p: Problem, _ name: StaticString) {
        precondition(name.utf8CodeUnitCount < 256, "GLPK names are at most 255 characters")
        glp_set_prob_name(p, name.description)
    }

    /// Names row `i` (1-based) for exported models: `name` with every character other than ASCII
    /// letters, digits, `_`, `-` and `.` replaced by `_`, cut to 255 characters, as MPS requires.
    static func setRowName(_ p: Problem, _ i: Int32, _ name: String) {
        checkRow(p, i)
        let safe = String(name.unicodeScalars.prefix(255).map { c -> Character in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "_-.".unicodeScalars.contains(c))
                ? Character(c) : "_"
        })
        precondition(!safe.isEmpty && safe.utf8.count < 256, "GLPK names are 1 to 255 characters")
        glp_set_row_name(p, i, safe)
    }

    static func rowCount(_ p: Problem) -> Int { Int(glp_get_num_rows(p)) }

    /// Solves the LP relaxation with the simplex method; returns GLPK's return code.
    ///
    /// From `start`'s basis (see `setBasis`) when a point is given, from the problem's own basis
    /// when `keepingBasis`, from GLPK's advanced starting basis otherwise; never through the LP
    /// presolver. `iterationLimit` stops it early (tests read
    /// the basis it starts from with a limit of 0).
    static func simplex(_ p: Problem, timeLimitMilliseconds: Int32?, from start: [Double]? = nil,
                        keepingBasis: Bool = false, iterationLimit: Int32? = nil) -> Int32 {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = solverLog ? GLP_MSG_ON : GLP_MSG_OFF
        if let start { setBasis(p, at: start) } else if !keepingBasis { glp_adv_basis(p, 0) }
        parm.presolve = GLP_OFF
        if let t = timeLimitMilliseconds { parm.tm_lim = max(1, t) }
        if let n = iterationLimit {
            precondition(n >= 0, "a limit of at least 0 iterations")
            parm.it_lim = n
        }
        return glp_simplex(p, &parm)
    }

    /// Makes the basis of a point: every row basic, every column non-basic at the bound nearest
    /// its value in `values` (a fixed column at its value, a free one at zero).
    ///
    /// At a plan, whose columns are whole, the primal simplex then starts where the plan is and
    /// skips most of its first phase: only a column held between its bounds (a session's count of
    /// suggestions) is moved onto one, and the rows that breaks are all it has to repair.
    static func setBasis(_ p: Problem, at values: [Double]) {
        precondition(values.count == columnCount(p), "one value per column")
        for i in stride(from: 1, through: glp_get_num_rows(p), by: 1) { glp_set_row_stat(p, i, GLP_BS) }
        for (k, v) in values.enumerated() {
            let j = Int32(k + 1)
            let status: Int32
            switch glp_get_col_type(p, j) {
            case GLP_FX: status = GLP_NS
            case GLP_FR: status = GLP_NF
            case GLP_LO: status = GLP_NL
            case GLP_UP: status = GLP_NU
            default: status = v - glp_get_col_lb(p, j) <= glp_get_col_ub(p, j) - v ? GLP_NL : GLP_NU
            }
            glp_set_col_stat(p, j, status)
        }
    }

    /// Fixes column `j` (1-based) at `value`, which must lie within its bounds.
    static func fixColumn(_ p: Problem, _ j: Int32, at value: Double) {
        checkColumn(p, j)
        precondition(value >= glp_get_col_lb(p, j) && value <= glp_get_col_ub(p, j), "a column is fixed within its bounds")
        glp_set_col_bnds(p, j, GLP_FX, value, value)
    }

    /// The objective's coefficient of every column, 0-based.
    static func objectiveCoefficients(_ p: Problem) -> [Double] {
        (0..<glp_get_num_cols(p)).map { glp_get_obj_coef(p, $0 + 1) }
    }

    /// Whether a return code of `glp_simplex` says the starting basis could not be used.
    static func isBasisFailure(_ code: Int32) -> Bool { [GLP_EBADB, GLP_ESING, GLP_ECOND].contains(code) }

    static func lpStatus(_ p: Problem) -> Int32 { glp_get_status(p) }
    static func isPrimalFeasible(_ p: Problem) -> Bool { glp_get_prim_stat(p) == GLP_FEAS }

    static func lpObjective(_ p: Problem) -> Double { glp_get_obj_val(p) }

    /// The reduced cost of every column of the LP solution that sits at a bound; nil for the others.
    static func reducedCostsAtBounds(_ p: Problem) -> [Double?] {
        (0..<glp_get_num_cols(p)).map { j in
            let status = glp_get_col_stat(p, j + 1)
            return status == GLP_NL || status == GLP_NU ? glp_get_col_dual(p, j + 1) : nil
        }
    }

    /// Fixes column `j` (1-based) at the bound where the LP solution has it; false when it is
    /// fixed already.
    @discardableResult
    static func fixColumnAtItsBound(_ p: Problem, _ j: Int32) -> Bool {
        checkColumn(p, j)
        let status = glp_get_col_stat(p, j)
        if status == GLP_NS { return false }
        precondition(status == GLP_NL || status == GLP_NU, "only a column at a bound is fixed there")
        let value = status == GLP_NL ? glp_get_col_lb(p, j) : glp_get_col_ub(p, j)
        glp_set_col_bnds(p, j, GLP_FX, value, value)
        return true
    }

    /// Runs branch and bound from an optimal LP basis; returns GLPK's return code. The search keeps
    /// `nodeDataBytes` for each subproblem, for the callback (`nodeData`).
    static func intopt(_ p: Problem, timeLimitMilliseconds: Int32?, relativeGap: Double, branching: LinearProblem.Branching,
                       light: Bool = false, callback: (@convention(c) (Tree?, UnsafeMutableRawPointer?) -> Void)?,
                       info: UnsafeMutableRawPointer?, nodeDataBytes: Int32) -> Int32 {
        precondition(relativeGap >= 0 && relativeGap.isFinite, "gap must be ≥ 0")
        precondition(nodeDataBytes >= 0 && nodeDataBytes <= 256, "GLPK keeps at most 256 bytes per subproblem")
        var parm = glp_iocp()
        glp_init_iocp(&parm)
        parm.msg_lev = solverLog ? GLP_MSG_ON : GLP_MSG_OFF
        parm.presolve = GLP_OFF // callbacks then see the original columns
        parm.mip_gap = relativeGap
        switch branching {
        case .driebeckTomlin: parm.br_tech = GLP_BR_DTH
        case .pseudoCosts: parm.br_tech = GLP_BR_PCH
        }
        // Depth first: the dives reach whole solutions, which the lazy rows check, soon; on the
        // region profile best-bound order kept hundreds of open subproblems for the mix tier.
        parm.bt_tech = GLP_BT_DFS
        parm.clq_cuts = light ? GLP_OFF : GLP_ON
        // No Gomory cuts: on the region with the team's decisions (groups make the LP fractional) each
        // round of them cost seconds of tableau rows over 27,000 columns, 175 → 107 s of CPU in all;
        // the region without decisions took 66 s either way (benchmarks/RESULTS.md).
        parm.gmi_cuts = GLP_OFF
        parm.mir_cuts = GLP_OFF
        // A light search is a small one (the plan near an LP solution): no cuts. Its bounds are still
        // tightened at each subproblem: without, stress seed 1's took 79 subproblems instead of 1.
        parm.cov_cuts = light ? GLP_OFF : GLP_ON
        parm.fp_heur = GLP_OFF
        parm.sr_heur = GLP_OFF // incumbents are then node LP vertices, whole in the suggestions too
        if let t = timeLimitMilliseconds { parm.tm_lim = max(1, t) }
        parm.cb_func = callback
        parm.cb_info = info
        parm.cb_size = nodeDataBytes
        return glp_intopt(p, &parm)
    }

    static func mipStatus(_ p: Problem) -> Int32 { glp_mip_status(p) }
    static func mipObjective(_ p: Problem) -> Double { glp_mip_obj_val(p) }

    /// The value of every column in the MIP solution, 0-based.
    static func mipColumnValues(_ p: Problem) -> [Double] {
        (0..<glp_get_num_cols(p)).map { glp_mip_col_val(p, $0 + 1) }
    }

    // MARK: Inside the search

    static func reason(_ t: Tree) -> Int32 { glp_ios_reason(t) }

    /// The best bound over the open subproblems, or nil when none is open.
    static func bestBound(_ t: Tree) -> Double? {
        let node = glp_ios_best_node(t)
        return node == 0 ? nil : glp_ios_node_bound(t, node)
    }

    /// The problem the search works on: rows added to it at `GLP_IROWGEN` join the search.
    static func problem(of t: Tree) -> Problem? { glp_ios_get_prob(t) }

    /// The value of every column in the current LP solution, 0-based.
    static func columnPrimals(_ p: Problem) -> [Double] {
        (0..<glp_get_num_cols(p)).map { glp_get_col_prim(p, $0 + 1) }
    }

    /// Offers a solution (one value per column, 0-based) to the search as an incumbent.
    static func offerSolution(_ t: Tree, _ values: [Double]) {
        guard let p = glp_ios_get_prob(t) else { return }
        precondition(values.count == Int(glp_get_num_cols(p)), "one value per column")
        _ = glp_ios_heur_sol(t, [0] + values)
    }

    // MARK: Choosing the column to branch on (at GLP_IBRANCH)

    /// Whether the search may branch on column `j` (1-based): it is whole and fractional here.
    static func canBranch(_ t: Tree, _ j: Int32) -> Bool {
        guard let p = glp_ios_get_prob(t) else { return false }
        checkColumn(p, j)
        return glp_ios_can_branch(t, j) != 0
    }

    /// Tells the search to branch on column `j`, exploring the down branch first when `down`.
    static func branchUpon(_ t: Tree, _ j: Int32, down: Bool) {
        precondition(glp_ios_reason(t) == GLP_IBRANCH && canBranch(t, j), "branching on a column that cannot be")
        glp_ios_branch_upon(t, j, down ? GLP_DN_BRNCH : GLP_UP_BRNCH)
    }

    /// Ends the search at GLPK's next chance; `glp_intopt` then returns `GLP_ESTOP`.
    static func terminate(_ t: Tree) { glp_ios_terminate(t) }

    /// How many subproblems the search has made so far.
    static func subproblemsMade(_ t: Tree) -> Int {
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(t, &active, &current, &total)
        return Int(total)
    }

    /// Simplex iterations done on the problem since it was made.
    static func iterationCount(_ p: Problem) -> Int { Int(glp_get_it_cnt(p)) }

    /// The subproblem being solved, and its parent (0 at the root).
    static func currentNode(_ t: Tree) -> Int32 { glp_ios_curr_node(t) }
    /// Whether the subproblem being solved is the search's root.
    static func isAtRoot(_ t: Tree) -> Bool {
        let node = glp_ios_curr_node(t)
        return node != 0 && glp_ios_node_level(t, node) == 0
    }
    static func parentNode(_ t: Tree, _ node: Int32) -> Int32 {
        precondition(node > 0, "a node of the tree")
        return glp_ios_up_node(t, node)
    }

    /// The memory the search keeps for `node` (`nodeDataBytes` of `intopt`, zero when the node is made).
    static func nodeData(_ t: Tree, _ node: Int32) -> UnsafeMutableRawPointer {
        precondition(node > 0, "a node of the tree")
        guard let data = glp_ios_node_data(t, node) else { preconditionFailure("the search keeps no node data") }
        return data
    }

    // MARK: Reading an optimal basis (1-based rows i, columns j)

    static func isMaximizing(_ p: Problem) -> Bool { glp_get_obj_dir(p) == GLP_MAX }
    static func columnCount(_ p: Problem) -> Int { Int(glp_get_num_cols(p)) }

    static func columnPrimal(_ p: Problem, _ j: Int32) -> Double { checkColumn(p, j); return glp_get_col_prim(p, j) }
    static func columnDual(_ p: Problem, _ j: Int32) -> Double { checkColumn(p, j); return glp_get_col_dual(p, j) }
    static func rowDual(_ p: Problem, _ i: Int32) -> Double { checkRow(p, i); return glp_get_row_dual(p, i) }
    static func columnStatus(_ p: Problem, _ j: Int32) -> BasisStatus { checkColumn(p, j); return BasisStatus(glp_get_col_stat(p, j)) }
    static func rowStatus(_ p: Problem, _ i: Int32) -> BasisStatus { checkRow(p, i); return BasisStatus(glp_get_row_stat(p, i)) }
    static func isWhole(_ p: Problem, _ j: Int32) -> Bool { checkColumn(p, j); return glp_get_col_kind(p, j) != GLP_CV }

    /// Where a variable stands in a basis.
    enum BasisStatus: Equatable {
        case basic, atLower, atUpper, free, fixed
        init(_ code: Int32) {
            switch code {
            case GLP_BS: self = .basic
            case GLP_NL: self = .atLower
            case GLP_NU: self = .atUpper
            case GLP_NF: self = .free
            default: self = .fixed
            }
        }
    }

    /// Row i of B⁻¹ for the basic column `j`: `rho` (1-based, one entry per row) becomes eᵢ B⁻¹.
    static func inverseRow(_ p: Problem, basicColumn j: Int32, into rho: inout [Double]) {
        checkColumn(p, j)
        let m = glp_get_num_rows(p)
        precondition(glp_bf_exists(p) != 0, "the basis is factorized")
        precondition(rho.count == Int(m) + 1, "one entry per row, from index 1")
        let i = glp_get_col_bind(p, j)
        precondition(i >= 1 && i <= m, "the column is basic")
        for t in rho.indices { rho[t] = 0 }
        rho[Int(i)] = 1
        rho.withUnsafeMutableBufferPointer { glp_btran(p, $0.baseAddress) }
    }

    /// Row `i`'s terms into `columns` and `values` (from index 1, each with room for every column);
    /// returns how many.
    static func rowTerms(_ p: Problem, _ i: Int32, columns: inout [Int32], values: inout [Double]) -> Int {
        checkRow(p, i)
        let n = Int(glp_get_num_cols(p))
        precondition(columns.count > n && values.count > n, "room for every column, from index 1")
        return columns.withUnsafeMutableBufferPointer { c in
            values.withUnsafeMutableBufferPointer { v in Int(glp_get_mat_row(p, i, c.baseAddress, v.baseAddress)) }
        }
    }

    /// Row of the simplex tableau for basic column `j` as GLPK computes it (`glp_eval_tab_row`, a pass
    /// over every non-basic column): the reference `BranchChooser.tableauRow` is checked against.
    static func referenceTableauRow(_ p: Problem, basicColumn j: Int32) -> [(variable: Int32, value: Double)] {
        checkColumn(p, j)
        precondition(glp_bf_exists(p) != 0 && glp_get_col_stat(p, j) == GLP_BS, "a basic column of a factorized basis")
        let room = Int(glp_get_num_cols(p)) + 1
        var ind = [Int32](repeating: 0, count: room), val = [Double](repeating: 0, count: room)
        let length = Int(glp_eval_tab_row(p, glp_get_num_rows(p) + j, &ind, &val))
        return (0..<length).map { (ind[$0 + 1], val[$0 + 1]) }
    }

    /// GLPK's dual ratio test on a tableau row (`variables` numbered 1…m+n, all non-basic, from index 1,
    /// `count` of them): the position of the variable that enters when the basic one moves down
    /// (`increasing` false) or up; nil when none can, the branch then having no solution.
    static func dualRatioTest(_ p: Problem, count: Int, variables: [Int32], coefficients: [Double],
                              increasing: Bool, tolerance: Double) -> Int? {
        precondition(count >= 0 && count < variables.count && count < coefficients.count, "entries from index 1")
        precondition(tolerance >= 0 && tolerance < 1, "tolerance in [0, 1)")
        precondition(glp_get_dual_stat(p) == GLP_FEAS, "the basis is dual feasible")
        let t = glp_dual_rtest(p, Int32(count), variables, coefficients, increasing ? 1 : -1, tolerance)
        return t == 0 ? nil : Int(t)
    }

    // MARK: Trial solves on a copy of the search's problem

    /// A copy of `p` with its basis, for trial solves that must not touch the search.
    static func copy(_ p: Problem) -> Problem {
        let q = createProblem()
        glp_copy_prob(q, p, GLP_OFF)
        return q
    }

    /// Every row's and column's basis status, to put back with `restoreStatuses`.
    static func statuses(_ p: Problem) -> (rows: [Int32], columns: [Int32]) {
        ((0..<glp_get_num_rows(p)).map { glp_get_row_stat(p, $0 + 1) },
         (0..<glp_get_num_cols(p)).map { glp_get_col_stat(p, $0 + 1) })
    }

    /// Puts back the statuses `statuses` read, changing only those that differ.
    static func restoreStatuses(_ p: Problem, _ saved: (rows: [Int32], columns: [Int32])) {
        precondition(saved.rows.count == rowCount(p) && saved.columns.count == columnCount(p), "statuses of this problem")
        for (i, s) in saved.rows.enumerated() where glp_get_row_stat(p, Int32(i + 1)) != s { glp_set_row_stat(p, Int32(i + 1), s) }
        for (j, s) in saved.columns.enumerated() where glp_get_col_stat(p, Int32(j + 1)) != s {
            glp_set_col_stat(p, Int32(j + 1), s)
        }
    }

    /// A column's bounds as GLPK holds them, to put back with `setBounds`.
    struct Bounds { fileprivate let type: Int32; fileprivate let lower, upper: Double }

    static func bounds(_ p: Problem, _ j: Int32) -> Bounds {
        checkColumn(p, j)
        return Bounds(type: glp_get_col_type(p, j), lower: glp_get_col_lb(p, j), upper: glp_get_col_ub(p, j))
    }

    static func setBounds(_ p: Problem, _ j: Int32, _ b: Bounds) {
        checkColumn(p, j)
        glp_set_col_bnds(p, j, b.type, b.lower, b.upper)
    }

    static func fix(_ p: Problem, _ j: Int32, at value: Double) {
        checkColumn(p, j)
        precondition(value.isFinite, "a finite value")
        glp_set_col_bnds(p, j, GLP_FX, value, value)
    }

    /// At most `iterations` of the dual simplex from the basis held; what GLPK's own pseudo-cost start does.
    /// Returns the bound it proves on the objective: nil when the trial has no solution, the current
    /// objective when it proves nothing better (a failure, or a basis that is not dual feasible).
    static func trialBound(_ p: Problem, iterations: Int32, otherwise: Double) -> Double? {
        precondition(iterations > 0, "at least one iteration")
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = GLP_MSG_OFF
        parm.meth = GLP_DUAL
        parm.it_lim = iterations
        parm.out_dly = 1000
        let code = glp_simplex(p, &parm)
        guard code == 0 || code == GLP_EITLIM else { return otherwise }
        if glp_get_prim_stat(p) == GLP_NOFEAS { return nil }
        return glp_get_dual_stat(p) == GLP_FEAS ? glp_get_obj_val(p) : otherwise
    }

    // MARK: Writing the model for another solver

    /// Writes the model in free MPS format; returns whether GLPK succeeded.
    static func writeMPS(_ p: Problem, path: String) -> Bool {
        precondition(!path.isEmpty, "a path is needed")
        return glp_write_mps(p, GLP_MPS_FILE, nil, path) == 0
    }


    private static func checkColumn(_ p: Problem, _ j: Int32) {
        precondition(j >= 1 && j <= glp_get_num_cols(p), "column index out of range")
    }

    private static func checkRow(_ p: Problem, _ i: Int32) {
        precondition(i >= 1 && i <= glp_get_num_rows(p), "row index out of range")
    }
}
