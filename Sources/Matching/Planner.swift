import Foundation
import Scheduling

/// How a plan is made: the seed that breaks ties, an optional time limit, and model export.
public struct PlanningOptions: Sendable {
    /// Decides between equally good plans; the same input and seed give the same plan.
    public var seed: UInt64
    /// Stops the search after this long and returns the best plan found (status `feasible`).
    public var timeLimit: Duration?
    /// When set, each tier's full model (every pair a column, earlier tiers held at their optimum)
    /// is written there in free MPS format (`tier-1-coverage.mps`, …), for another solver to compare with.
    public var modelExportDirectory: URL?

    /// How suggestions enter the model: aggregated (what po-plan solves) or one column per pair
    /// (the plain model, which tests compare with).
    var suggestions = AssignmentModel.Suggestions.aggregated

    public init(seed: UInt64 = 1, timeLimit: Duration? = nil, modelExportDirectory: URL? = nil) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.modelExportDirectory = modelExportDirectory
    }
}

/// What the planner reports while it works.
public enum PlanningProgress: Sendable {
    /// The model is built: its size.
    case modelBuilt(ModelSize)
    /// One tier is solved: its value, its bound, and how long it took.
    case tierSolved(tier: ObjectiveTier, value: Int, bound: Int, seconds: Double)
    /// The search of a tier stopped before proving it (a time limit, GLPK's failure), or found no plan.
    case stopped(reason: String)
}

/// The size of an assignment model.
public struct ModelSize: Sendable, Hashable {
    public var rankedPairs: Int
    public var suggestionPairs: Int
    public var columns: Int
    public var rows: Int
    public var nonZeros: Int
}

/// Makes a plan: eligibility, the model, and the lexicographic solve with GLPK.
public enum Planner {
    /// Plans `input` to proven optimality, or to the time limit.
    public static func plan(_ input: PlanningInput, options: PlanningOptions = PlanningOptions(),
                            progress: (PlanningProgress) -> Void = { _ in }) -> Plan {
        let eligibility = Eligibility(input)
        let model = AssignmentModel(eligibility, seed: options.seed, suggestions: options.suggestions)
        progress(.modelBuilt(ModelSize(
            rankedPairs: model.pairs.filter { !$0.isSuggestion }.count,
            suggestionPairs: model.pairs.filter(\.isSuggestion).count,
            columns: model.linear.columns.count, rows: model.linear.rows.count,
            nonZeros: model.linear.nonZeroCount)))
        let assembly = PlanAssembly(input: input, eligibility: eligibility)
        let pinProblems = PinCheck(model: model).problems()
        if !pinProblems.isEmpty {
            progress(.stopped(reason: "the team's pins cannot all hold together"))
            return assembly.plan(status: .infeasible, tiers: input.tiers.map { TierResult(tier: $0, value: 0, bound: 0) },
                                 assignments: [], problems: pinProblems)
        }
        let deadline = options.timeLimit.map { ContinuousClock.now.advanced(by: $0) }
        let solve = LexicographicSolve(model: model, deadline: deadline, exportDirectory: options.modelExportDirectory)
        let result = solve.run(progress: progress)
        var problems: [String] = []
        if result.status == .infeasible {
            let yes = input.pins.filter(\.assigns).map(\.label)
            problems = [yes.isEmpty
                ? "no plan was found before the search stopped; give it more time (--time-limit)"
                : "the pins cannot all hold together with capacities, minimums, conflicts, groups and daily limits; "
                    + "look at: " + yes.joined(separator: ", ")]
        }
        return assembly.plan(status: result.status, tiers: result.tiers, assignments: model.assignments(of: result.plan),
                             problems: problems)
    }
}
