/// Driebeck–Tomlin penalties (GLPK's `branch_drtom`), with tableau rows built row by row.
extension BranchChooser {
    /// The column whose worse branch loses most after one implicit dual simplex step, exploring
    /// its better branch first; the most fractional column when no branch seems to lose anything.
    func penaltyChoice(_ problem: GLPK.Problem, _ candidates: [Int32]) -> Choice {
        let m = GLPK.rowCount(problem)
        let maximizing = GLPK.isMaximizing(problem)
        let objective = GLPK.lpObjective(problem)
        var best: Choice?
        var degradation = -1.0
        for j in candidates {
            let x = GLPK.columnPrimal(problem, j)
            let count = tableauRow(problem, basicColumn: j)
            let change = (down: objectiveChange(problem, x: x, count: count, increasing: false, m: m, maximizing: maximizing),
                          up: objectiveChange(problem, x: x, count: count, increasing: true, m: m, maximizing: maximizing))
            if degradation < abs(change.down) || degradation < abs(change.up) {
                let down = abs(change.down) < abs(change.up)
                best = Choice(column: j, down: down)
                degradation = down ? abs(change.up) : abs(change.down)
                // A branch without a solution: no other candidate can do better.
                if degradation == .greatestFiniteMagnitude { break }
            }
        }
        guard let best, !Self.isNegligible(degradation, at: objective) else {
            return mostFractional(problem, candidates)
        }
        return best
    }

    /// The change of the objective (never an improvement) when basic column x moves to its floor
    /// (`increasing` false) or ceiling, by one step of the dual simplex with Tomlin's rounding.
    private func objectiveChange(_ problem: GLPK.Problem, x: Double, count: Int, increasing: Bool, m: Int,
                                 maximizing: Bool) -> Double {
        guard let t = GLPK.dualRatioTest(problem, count: count, variables: tableauVariables,
                                         coefficients: tableauValues, increasing: increasing, tolerance: 1e-9)
        else { return maximizing ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude }
        let k = Int(tableauVariables[t])
        let alfa = tableauValues[t]
        let deltaJ = (increasing ? x.rounded(.up) : x.rounded(.down)) - x
        var deltaK = deltaJ / alfa
        // A whole variable cannot move by less than one (Tomlin).
        if k > m, GLPK.isWhole(problem, Int32(k - m)), abs(deltaK - (deltaK + 0.5).rounded(.down)) > 1e-3 {
            deltaK = deltaK > 0 ? deltaK.rounded(.up) : deltaK.rounded(.down)
        }
        let status = k <= m ? GLPK.rowStatus(problem, Int32(k)) : GLPK.columnStatus(problem, Int32(k - m))
        var dk = k <= m ? GLPK.rowDual(problem, Int32(k)) : GLPK.columnDual(problem, Int32(k - m))
        // In a dual degenerate basis a reduced cost near zero may carry the wrong sign.
        let wrongSign = maximizing ? (status == .atLower && dk > 0) || (status == .atUpper && dk < 0)
                                   : (status == .atLower && dk < 0) || (status == .atUpper && dk > 0)
        if wrongSign || status == .free { dk = 0 }
        return dk * deltaK
    }

    /// Row of the simplex tableau for basic column `j` into `tableauVariables` / `tableauValues`
    /// (from index 1, variables 1…m rows then m+1…m+n columns, ascending); returns its length.
    ///
    /// The same numbers as `glp_eval_tab_row`, which walks every non-basic column: here only the
    /// rows where eᵢB⁻¹ is not zero are read, from the last to the first, the order in which GLPK
    /// sums a column's terms (its column lists hold rows by falling index), so every sum is
    /// identical to the bit.
    func tableauRow(_ problem: GLPK.Problem, basicColumn j: Int32) -> Int {
        let m = GLPK.rowCount(problem), n = GLPK.columnCount(problem)
        if rho.count != m + 1 { rho = Array(repeating: 0, count: m + 1) }
        if sums.count != n + 1 { sums = Array(repeating: 0, count: n + 1) }
        if tableauVariables.count != m + n + 1 {
            tableauVariables = Array(repeating: 0, count: m + n + 1)
            tableauValues = Array(repeating: 0, count: m + n + 1)
        }
        if rowColumns.count != n + 1 {
            rowColumns = Array(repeating: 0, count: n + 1)
            rowValues = Array(repeating: 0, count: n + 1)
        }
        GLPK.inverseRow(problem, basicColumn: j, into: &rho)
        touched.removeAll(keepingCapacity: true)
        for i in stride(from: m, through: 1, by: -1) where rho[i] != 0 {
            let length = GLPK.rowTerms(problem, Int32(i), columns: &rowColumns, values: &rowValues)
            for t in stride(from: 1, through: length, by: 1) {
                let k = Int(rowColumns[t])
                if sums[k] == 0 { touched.append(Int32(k)) }
                sums[k] += rho[i] * rowValues[t]
            }
        }
        var length = 0
        for i in stride(from: 1, through: m, by: 1) where rho[i] != 0 && GLPK.rowStatus(problem, Int32(i)) != .basic {
            length += 1
            tableauVariables[length] = Int32(i)
            tableauValues[length] = -rho[i]
        }
        touched.sort()
        for k in touched {
            let value = sums[Int(k)]
            sums[Int(k)] = 0
            guard value != 0, GLPK.columnStatus(problem, k) != .basic else { continue }
            length += 1
            tableauVariables[length] = Int32(m) + k
            tableauValues[length] = value
        }
        return length
    }
}
