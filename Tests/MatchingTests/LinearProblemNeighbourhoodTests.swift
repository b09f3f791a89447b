import Testing
@testable import Matching

/// The plan looked for near the LP solution before a search (`LinearProblem+Neighbourhood`): it never
/// changes the optimum, and when it meets the LP bound the search ends at its root.
@Suite struct LinearProblemNeighbourhoodTests {
    /// A seeded assignment with small weights: each of `items` goes to at most one of `bins`, each bin
    /// holds a weight of 6–10 and each item weighs 1–3 there; whole scores. The LP is almost whole, as
    /// po-plan's tiers are.
    private func weightedAssignment(seed: UInt64, items: Int = 20, bins: Int = 5) -> (model: LinearModel, scores: [Double]) {
        var rng = SeededGenerator(seed: seed)
        var model = LinearModel()
        var scores: [Double] = []
        var columnsOfBin = [[LinearModel.Term]](repeating: [], count: bins)
        for _ in 0..<items {
            var ofItem: [LinearModel.Term] = []
            for b in 0..<bins {
                let j = model.addColumn(.binary)
                scores.append(Double(Int.random(in: 1...9, using: &rng)))
                ofItem.append(LinearModel.Term(j))
                columnsOfBin[b].append(LinearModel.Term(j, Double(Int.random(in: 1...3, using: &rng))))
            }
            model.addRow(LinearModel.Row(ofItem, upper: 1))
        }
        for terms in columnsOfBin { model.addRow(LinearModel.Row(terms, upper: Double(Int.random(in: 6...10, using: &rng)))) }
        return (model, scores)
    }

    private func optimum(_ outcome: SolverOutcome) -> Double? {
        if case .optimal(let value, _) = outcome { return value }
        return nil
    }

    @Test func theNeighbourhoodNeverChangesTheOptimumAndOftenEndsTheSearchAtItsRoot() throws {
        var endedAtRoot = 0, longerWithout = 0
        for seed in UInt64(1)...24 {
            let (model, scores) = weightedAssignment(seed: seed)
            let plain = LinearProblem(model)
            plain.maximize(scores)
            let without = try #require(optimum(plain.search(until: nil, incumbent: nil, integralObjective: true,
                                                            branching: .driebeckTomlin).outcome), "seed \(seed)")
            let near = LinearProblem(model)
            near.maximize(scores)
            let with = try #require(optimum(near.search(until: nil, incumbent: nil, integralObjective: true,
                                                        branching: .driebeckTomlin, neighbourhood: true).outcome),
                                    "seed \(seed)")
            #expect(with == without, "seed \(seed): the same optimum with the neighbourhood as without")
            let main = try #require(near.lastSearch), alone = try #require(plain.lastSearch)
            if main.subproblems <= 1 {
                endedAtRoot += 1
                if alone.subproblems > 1 { longerWithout += 1 }
            }
        }
        // The plan near the LP solution proves many of them at once, where the plain search branches.
        // (GLPK 5.0: 12 of 24 end at their root, 7 of which branch without it, up to 67 subproblems.)
        #expect(endedAtRoot >= 10, "\(endedAtRoot) of 24 searches ended at their root")
        #expect(longerWithout >= 5, "\(longerWithout) of them branched without the neighbourhood")
    }
}
