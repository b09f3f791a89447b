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
        glp_set_col_bnds(p, j, lower == upper ? GLP_FX : GLP_DB, lower, upper)
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
    static func simplex(_ p: Problem, timeLimitMilliseconds: Int32?) -> Int32 {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = solverLog ? GLP_MSG_ON : GLP_MSG_OFF
        // From GLPK's advanced starting basis each time, without the LP presolver: the vertex
        // it reaches led branch and bound to far fewer subproblems on the benchmark instances
        // than the presolver's or the last tier's basis.
        glp_adv_basis(p, 0)
        parm.presolve = GLP_OFF
        if let t = timeLimitMilliseconds { parm.tm_lim = max(1, t) }
        return glp_simplex(p, &parm)
    }

    static func lpStatus(_ p: Problem) -> Int32 { glp_get_status(p) }


    static func lpObjective(_ p: Problem) -> Double { glp_get_obj_val(p) }

    /// The reduced cost of every column of the LP solution that sits at a bound; nil for the others.
    static func reducedCostsAtBounds(_ p: Problem) -> [Double?] {
        (0..<glp_get_num_cols(p)).map { j in
            let status = glp_get_col_stat(p, j + 1)
            return status == GLP_NL || status == GLP_NU ? glp_get_col_dual(p, j + 1) : nil
        }
    }

    /// Fixes column `j` (1-based) at the bound where the LP solution has it.
    static func fixColumnAtItsBound(_ p: Problem, _ j: Int32) {
        checkColumn(p, j)
        let status = glp_get_col_stat(p, j)
        precondition(status == GLP_NL || status == GLP_NU, "only a column at a bound is fixed there")
        let value = status == GLP_NL ? glp_get_col_lb(p, j) : glp_get_col_ub(p, j)
        glp_set_col_bnds(p, j, GLP_FX, value, value)
    }

    /// Runs branch and bound from an optimal LP basis; returns GLPK's return code.
    static func intopt(_ p: Problem, timeLimitMilliseconds: Int32?, relativeGap: Double, branching: LinearProblem.Branching,
                       callback: (@convention(c) (Tree?, UnsafeMutableRawPointer?) -> Void)?,
                       info: UnsafeMutableRawPointer?) -> Int32 {
        precondition(relativeGap >= 0 && relativeGap.isFinite, "gap must be ≥ 0")
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
        parm.clq_cuts = GLP_ON
        // No Gomory cuts: on the region with the team's decisions (groups make the LP fractional) each
        // round of them cost seconds of tableau rows over 27,000 columns, 175 → 107 s of CPU in all;
        // the region without decisions took 66 s either way (benchmarks/RESULTS.md).
        parm.gmi_cuts = GLP_OFF
        parm.mir_cuts = GLP_OFF
        parm.cov_cuts = GLP_ON
        parm.fp_heur = GLP_OFF
        parm.sr_heur = GLP_OFF // incumbents are then node LP vertices, whole in the suggestions too
        if let t = timeLimitMilliseconds { parm.tm_lim = max(1, t) }
        parm.cb_func = callback
        parm.cb_info = info
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
