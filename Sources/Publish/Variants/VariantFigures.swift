import Matching
import Scheduling

/// The figures of one plan that a team compares between variants of the same week, computed as
/// the report computes them (`PlanFigures`), so that the same plan shows the same numbers in both.
public struct VariantFigures: Hashable, Sendable {
    public let status: Plan.Status
    /// Visitors who did not withdraw.
    public let visitors: Int
    /// Visitors with at least one session.
    public let covered: Int
    /// Visitors whose best session is their first choice.
    public let firstChoice: Int
    /// Visits given.
    public let assignments: Int
    /// Visits given outside the visitor's choices (rank null: suggestions, and pins of an unranked session).
    public let suggestions: Int
    /// Sessions that run.
    public let openSessions: Int
    /// Sessions cancelled because their min_visitors could not be reached.
    public let cancelledUnderMinimum: Int
    /// Visits between two different, known sectors (the mix tier).
    public let mix: Int
    /// Bridges: assignments where the visitor's `language` (the only language of their own side the domain knows) and the host's first language are French and Dutch, either way round (as in the report).
    public let bridges: Int

    /// The figures of `plan`, made from `input`.
    public init(plan: Plan, input: PlanningInput) {
        let f = PlanFigures(plan, input: input)
        status = plan.status
        visitors = input.visitors.filter { !$0.cancelled }.count
        covered = f.covered
        firstChoice = f.firstChoice
        assignments = plan.assignments.count
        suggestions = f.suggestions
        openSessions = f.openSessions
        cancelledUnderMinimum = f.cancellations.values.filter {
            if case .minimumNotReached = $0 { return true } else { return false }
        }.count
        mix = f.mix
        bridges = f.frenchToDutch + f.dutchToFrench
    }

    /// The counts in the comparison's order, each with its row's word.
    var rows: [(key: String, value: Int)] {
        [("vaRowCovered", covered), ("vaRowFirstChoice", firstChoice), ("vaRowAssignments", assignments),
         ("vaRowSuggestions", suggestions), ("vaRowOpen", openSessions), ("vaRowUnderMinimum", cancelledUnderMinimum),
         ("vaRowMix", mix), ("vaRowBridges", bridges)]
    }
}
