import Testing
@testable import Matching

/// po-plan chooses GLPK's branching columns itself, faster: the choices must be GLPK's own, so that
/// every search is the one GLPK would run.
@Suite struct BranchChooserTests {
    /// A multi-dimensional knapsack whose LP relaxation is fractional: `columns` binaries, `rows`
    /// rows over about a third of them each, whole profits.
    private func knapsack(seed: UInt64, columns n: Int = 36, rows m: Int = 9) -> (model: LinearModel, profits: [Double]) {
        var random = SeededGenerator(seed: seed)
        var model = LinearModel()
        for _ in 0..<n { _ = model.addColumn(.binary) }
        for _ in 0..<m {
            let terms = (0..<n).filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
                .map { LinearModel.Term($0, Double(Int.random(in: 1...9, using: &random))) }
            guard !terms.isEmpty else { continue }
            model.addRow(LinearModel.Row(terms, upper: (terms.map(\.coefficient).reduce(0, +) / 3).rounded(.down)))
        }
        return (model, (0..<n).map { _ in Double(Int.random(in: 1...30, using: &random)) })
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aTableauRowIsGLPKsToTheBit(seed: UInt64) {
        let (model, profits) = knapsack(seed: seed)
        let problem = LinearProblem(model)
        problem.maximize(profits)
        problem.withHandle { p in
            #expect(GLPK.simplex(p, timeLimitMilliseconds: nil) == 0)
            let chooser = BranchChooser(.driebeckTomlin, columnCount: model.columns.count)
            var compared = 0
            for j in 1...Int32(model.columns.count) where GLPK.columnStatus(p, j) == .basic {
                let count = chooser.tableauRow(p, basicColumn: j)
                let ours = (1...max(count, 1)).prefix(count).map { (chooser.tableauVariables[$0], chooser.tableauValues[$0]) }
                let glpk = GLPK.referenceTableauRow(p, basicColumn: j)
                #expect(ours.map(\.0) == glpk.map(\.variable), "column \(j): the same variables, in the same order")
                #expect(ours.map(\.1.bitPattern) == glpk.map(\.value.bitPattern), "column \(j): the same values to the bit")
                compared += 1
            }
            #expect(compared > 0, "the LP has basic columns to compare")
        }
    }

    @Test(arguments: [LinearProblem.Branching.driebeckTomlin, .pseudoCosts])
    func theSearchIsTheOneGLPKWouldRun(branching: LinearProblem.Branching) throws {
        var branched = 0, trials = 0
        for seed in 1...12 as ClosedRange<UInt64> {
            let (model, profits) = knapsack(seed: seed)
            var results: [(value: Double, counts: LinearProblem.SearchCounts)] = []
            for glpkChooses in [false, true] {
                let problem = LinearProblem(model)
                problem.maximize(profits)
                let outcome = problem.search(until: nil, incumbent: nil, integralObjective: true, branching: branching,
                                             glpkChooses: glpkChooses).outcome
                guard case .optimal(let value, _) = outcome else {
                    Issue.record("seed \(seed): expected an optimal outcome, got \(outcome)")
                    return
                }
                results.append((value, try #require(problem.lastSearch)))
            }
            #expect(results[0].value == results[1].value, "seed \(seed): the same optimum")
            #expect(results[0].counts.subproblems == results[1].counts.subproblems, "seed \(seed): the same subproblems")
            #expect(results[0].counts.iterations == results[1].counts.iterations, "seed \(seed): the same simplex iterations")
            if results[0].counts.subproblems > 1 { branched += 1 }
            trials += results[0].counts.trials
        }
        #expect(branched >= 6, "most instances need branching, so the choices are compared")
        if branching == .pseudoCosts { #expect(trials > 0, "pseudo-costs were started by trial solves") }
    }
}
