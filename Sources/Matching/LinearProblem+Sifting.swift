import Foundation

/// The LP solved first over the columns likely to matter, the others let in as their reduced costs ask.
///
/// GLPK's primal simplex looks at every non-basic column at each iteration (to price it, and to update
/// its steepest-edge weight): on the stress instance's preference LP that was a third of its 37 s.
/// Most of the columns stay at zero: a visitor gets one or two of the five sessions it ranked. So the
/// columns that score less than the best and the start leaves at zero wait outside (fixed at zero)
/// while the LP is solved over the rest; then those whose reduced cost says they would raise the
/// objective most come in and the LP goes on from its basis, round after round, until none would. The
/// last round lets every column in, so the LP solved, its basis and its reduced costs are the whole
/// problem's.
extension LinearProblem {
    /// The most columns let in at a round: those whose reduced costs promise the most. Letting in every
    /// column that asked (15,000 at the stress preference LP's second round) made the LP go on over
    /// them all; 1,500 or 3,000 a round took 25 s in all against 30 s.
    static let siftedPerRound = 2_000

    /// Solves the LP from `start`'s basis, sifting in the columns left out; returns GLPK's return code.
    ///
    /// Every column left out is let in again before it returns, whatever the simplex method did
    /// (a time limit, a failure): the problem is then the one it was.
    func siftedSimplex(until deadline: ContinuousClock.Instant?, from start: [Double]) -> Int32 {
        let objective = GLPK.objectiveCoefficients(handle)
        let best = (0..<columnCount).filter { whole[$0] }.map { objective[$0] }.max() ?? 0
        var outside: [Int32] = []
        for j in 0..<columnCount where whole[j] && start[j] == 0 && objective[j] > 0 && objective[j] < best {
            // A column fixed already (by an earlier tier) stays as it is.
            let bounds = GLPK.columnBounds(handle, Int32(j + 1))
            if bounds.lower == 0 && bounds.upper == 1 { outside.append(Int32(j + 1)) }
        }
        guard !outside.isEmpty else { return runSimplex(until: deadline, from: start, keepingBasis: false) }
        for j in outside { GLPK.fixColumn(handle, j, at: 0) }
        defer { for j in outside { GLPK.setColumnBounds(handle, j, lower: 0, upper: 1) } }
        var code = runSimplex(until: deadline, from: start, keepingBasis: false)
        var rounds = 1
        while code == 0 && !outside.isEmpty {
            // At a maximum, a column at zero whose reduced cost is positive would raise the objective.
            let entering = outside.map { ($0, GLPK.columnDual(handle, $0)) }.filter { $0.1 > 1e-7 }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.siftedPerRound).map(\.0)
            let letIn = entering.isEmpty ? outside : entering
            let isIn = Set(letIn)
            outside.removeAll { isIn.contains($0) }
            for j in letIn { GLPK.setColumnBounds(handle, j, lower: 0, upper: 1) }
            code = runSimplex(until: deadline, from: nil, keepingBasis: true)
            rounds += 1
        }
        if GLPK.solverLog { print("po-plan sifting: \(rounds) rounds") }
        return code
    }
}
