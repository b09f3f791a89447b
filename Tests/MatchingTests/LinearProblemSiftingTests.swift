import Testing
@testable import Matching

/// The LP solved first over the columns likely to matter (`LinearProblem+Sifting`): the same LP
/// optimum and search optimum as with every column in, and no column left out afterwards.
@Suite struct LinearProblemSiftingTests {
    /// Items, each to at most one bin, with whole scores 1–5 (rank scores), bins holding 2–4 items.
    private func ranked(seed: UInt64, items: Int = 24, bins: Int = 6) -> (model: LinearModel, scores: [Double]) {
        var rng = SeededGenerator(seed: seed)
        var model = LinearModel()
        var scores: [Double] = []
        var ofBin = [[LinearModel.Term]](repeating: [], count: bins)
        for _ in 0..<items {
            var ofItem: [LinearModel.Term] = []
            for b in 0..<bins where Int.random(in: 0...2, using: &rng) > 0 {
                let j = model.addColumn(.binary)
                scores.append(Double(Int.random(in: 1...5, using: &rng)))
                ofItem.append(LinearModel.Term(j))
                ofBin[b].append(LinearModel.Term(j))
            }
            if !ofItem.isEmpty { model.addRow(LinearModel.Row(ofItem, upper: 1)) }
        }
        for terms in ofBin { model.addRow(LinearModel.Row(terms, upper: Double(Int.random(in: 2...4, using: &rng)))) }
        return (model, scores)
    }

    @Test func theSiftedLPAndSearchReachTheOptimaOfThePlainOnesAndLeaveNoColumnOut() throws {
        for seed in UInt64(1)...12 {
            let (model, scores) = ranked(seed: seed)
            let start = [Double](repeating: 0, count: model.columns.count)
            var results: [(lp: Double, optimum: Double)] = []
            for sifting in [false, true] {
                let problem = LinearProblem(model)
                problem.maximize(scores)
                let (outcome, relaxation) = problem.search(until: nil, incumbent: start, integralObjective: true,
                                                           branching: .driebeckTomlin, sifting: sifting)
                guard case .optimal(let value, _) = outcome else {
                    Issue.record("seed \(seed): expected an optimal outcome")
                    return
                }
                results.append((try #require(relaxation).value, value))
                problem.withHandle { p in
                    let fixed = (1...model.columns.count).filter { GLPK.columnBounds(p, Int32($0)) != (0, 1) }
                    #expect(fixed.isEmpty, "seed \(seed): every column is let in again")
                }
            }
            #expect(abs(results[0].lp - results[1].lp) < 1e-6, "seed \(seed): the same LP optimum")
            #expect(results[0].optimum == results[1].optimum, "seed \(seed): the same optimum")
        }
    }

    @Test func aColumnLeftOutThatWouldRaiseTheObjectiveIsLetInAndTheLPIsTheWholeOnes() {
        // Columns 0 and 1 share a row; column 2 is alone and scores the best (3). Columns 0 (2) and
        // 1 (1) wait outside, the LP over column 2 gives 3, then column 0's reduced cost (2) lets it in
        // and the LP goes on to 5; column 1's (1 − 2 once column 0 holds the row) keeps it at zero.
        var model = LinearModel()
        for _ in 0..<3 { _ = model.addColumn(.binary) }
        model.addRow(LinearModel.Row([LinearModel.Term(0), LinearModel.Term(1)], upper: 1))
        model.addRow(LinearModel.Row([LinearModel.Term(2)], upper: 1))
        let problem = LinearProblem(model)
        problem.maximize([2, 1, 3])
        #expect(problem.siftedSimplex(until: nil, from: [0, 0, 0]) == 0)
        problem.withHandle { p in
            #expect(GLPK.lpObjective(p) == 5, "column 0 came in: 2 + 3")
            #expect((1...3).allSatisfy { GLPK.columnBounds(p, Int32($0)) == (0, 1) })
        }
    }
}
