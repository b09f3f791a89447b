import Testing
@testable import Matching

/// The GLPK problem's own mechanisms: lazy rows asked during the search, and columns fixed by
/// reduced cost when an objective is held.
@Suite struct LinearProblemTests {
    private let both = LinearModel.Row([LinearModel.Term(0), LinearModel.Term(1)], upper: 1)

    @Test func aLazyRowCutsOffTheWholeSolutionsThatBreakItAndStaysForTheNextSolve() {
        // Two free binaries; the lazy row x0 + x1 ≤ 1 is only given when a solution breaks it.
        var model = LinearModel()
        _ = model.addColumn(.binary)
        _ = model.addColumn(.binary)
        let problem = LinearProblem(model)
        problem.maximize([1, 1])
        let breaking = { (x: [Double], _: Bool) in x[0] + x[1] > 1 + 1e-6 ? [both] : [] }
        guard case .optimal(let value, _) = problem.solve(until: nil, incumbent: nil, integralObjective: true,
                                                          lazyRows: breaking) else {
            Issue.record("expected an optimal outcome")
            return
        }
        #expect(value == 1)
        #expect(problem.rowCount == 1, "the row found during the search stays in the problem")
        // Without asking again, the next objective already respects it.
        problem.maximize([2, 1])
        guard case .optimal(let again, _) = problem.solve(until: nil, incumbent: nil, integralObjective: true) else {
            Issue.record("expected an optimal outcome")
            return
        }
        #expect(again == 2)
    }

    @Test func aColumnThatWouldLowerAHeldObjectiveIsFixedAndTheNextObjectiveCannotUseIt() throws {
        // max x0 + 0.1·x1 with x0 + x1 ≤ 1 gives 1 at x0 = 1: taking x1 instead costs 0.9.
        var model = LinearModel()
        _ = model.addColumn(.binary)
        _ = model.addColumn(.binary)
        model.addRow(both)
        let problem = LinearProblem(model)
        problem.maximize([1, 0.1])
        let relaxation = try #require(problem.search(until: nil, incumbent: nil, integralObjective: false).relaxation)
        // Held at 1, x1 (reduced cost −0.9) is fixed at 0, so a tier preferring x1 gets 0.
        #expect(problem.fixColumns(relaxation, keepingObjectiveAtLeast: 1) >= 1)
        problem.maximize([0, 1])
        guard case .optimal(let value, let columns) = problem.solve(until: nil, incumbent: nil, integralObjective: true) else {
            Issue.record("expected an optimal outcome")
            return
        }
        #expect(value == 0)
        #expect(columns[1] == 0)
        // Held only at 0.05, a gap of 0.95 covers x1's cost of 0.9: no column is fixed.
        let loose = LinearProblem(model)
        loose.maximize([1, 0.1])
        let looseRelaxation = try #require(loose.search(until: nil, incumbent: nil, integralObjective: false).relaxation)
        #expect(loose.fixColumns(looseRelaxation, keepingObjectiveAtLeast: 0.05) == 0)
    }

    /// Six binaries under two knapsack rows and a floor of three chosen: GLPK's own starting basis
    /// (every column at zero) breaks the floor, a plan that meets it does not.
    private func floored() -> (model: LinearModel, plan: [Double]) {
        var model = LinearModel()
        for _ in 0..<6 { _ = model.addColumn(.binary) }
        model.addRow(LinearModel.Row((0..<6).map { LinearModel.Term($0, Double($0 % 3 + 1)) }, upper: 7))
        model.addRow(LinearModel.Row([0, 2, 4, 5].map { LinearModel.Term($0) }, upper: 2))
        model.addRow(LinearModel.Row((0..<6).map { LinearModel.Term($0) }, lower: 3))
        return (model, [1, 0, 0, 1, 1, 0])
    }

    @Test func theLPStartsAtThePlanItIsGivenWithNothingToRepair() {
        let (model, plan) = floored()
        let problem = LinearProblem(model)
        problem.maximize([5, 4, 3, 5, 4, 3])
        problem.withHandle { p in
            // No iteration at all: the basic solution read back is the plan's, and it is feasible.
            _ = GLPK.simplex(p, timeLimitMilliseconds: nil, from: plan, iterationLimit: 0)
            #expect((1...6).map { GLPK.columnPrimal(p, Int32($0)) } == plan)
            #expect(GLPK.isPrimalFeasible(p))
            #expect((1...3).allSatisfy { GLPK.rowStatus(p, Int32($0)) == .basic })
            // GLPK's own starting basis is not: it sets every column at zero, under the floor.
            _ = GLPK.simplex(p, timeLimitMilliseconds: nil, iterationLimit: 0)
            #expect(!GLPK.isPrimalFeasible(p))
        }
    }

    @Test func aSearchFromThePlansBasisReachesTheSameOptimumAsOneFromGLPKsBasis() {
        let (model, plan) = floored()
        var values: [Double] = []
        for start in [plan, nil] {
            let problem = LinearProblem(model)
            problem.maximize([5, 4, 3, 5, 4, 3])
            guard case .optimal(let value, let columns) = problem.solve(until: nil, incumbent: start, integralObjective: true) else {
                Issue.record("expected an optimal outcome")
                return
            }
            #expect(columns.reduce(0, +) >= 3, "the floor holds")
            values.append(value)
        }
        #expect(values == [18, 18])
    }

    @Test func theNextObjectivesLPStartsFeasibleFromTheBasisTheLastLeftAndReachesTheSameOptimum() throws {
        let (model, plan) = floored()
        var optima: [Double] = []
        for keepingBasis in [true, false] {
            let problem = LinearProblem(model)
            problem.maximize([5, 4, 3, 5, 4, 3])
            guard case .optimal(let first, let columns) = problem.solve(until: nil, incumbent: plan, integralObjective: true) else {
                Issue.record("expected an optimal outcome")
                return
            }
            // The first objective held at its optimum, the second is maximised.
            problem.addRow(LinearModel.Row((0..<6).map { LinearModel.Term($0, [5, 4, 3, 5, 4, 3][$0]) }, lower: first))
            problem.maximize([1, 2, 3, 1, 2, 3])
            if keepingBasis {
                problem.withHandle { p in
                    // The basis the first LP left meets the held row: nothing to repair.
                    _ = GLPK.simplex(p, timeLimitMilliseconds: nil, keepingBasis: true, iterationLimit: 0)
                    #expect(GLPK.isPrimalFeasible(p))
                }
            }
            let (outcome, _) = problem.search(until: nil, incumbent: columns, integralObjective: true,
                                              keepingBasis: keepingBasis)
            guard case .optimal(let second, _) = outcome else {
                Issue.record("expected an optimal outcome")
                return
            }
            optima.append(second)
        }
        #expect(optima.count == 2 && optima[0] == optima[1])
    }
}
