import Scheduling

extension AssignmentModel {
    /// The coefficients of one tier, one per column (contract §4).
    func objective(_ tier: ObjectiveTier) -> [Double] {
        var c = [Double](repeating: 0, count: linear.columns.count)
        if tier == .coverage {
            // coverage: the number of visitors with at least one session.
            for column in coverageColumn.values { c[column] = 1 }
        }
        for (j, column) in columnOfPair.enumerated() {
            if let column { c[column] = coefficient(tier, pair: j) }
        }
        return c
    }

    /// The coefficient of pair `j` in a tier: its preference score, or whether it mixes sectors.
    func coefficient(_ tier: ObjectiveTier, pair j: Int) -> Double {
        let p = pairs[j]
        switch tier {
        case .coverage:
            return 0
        case .preference:
            // preference: Σ over assignments of (K + 1 − rank); a suggestion scores 0.
            return Double(RankList.score(rank: p.rank, maxChoices: input.event.maxChoices))
        case .mix:
            // mix: assignments whose visitor's and host's sectors are both given and differ.
            return mixOfPair[j] ? 1 : 0
        }
    }

    /// The assignments a column vector selects, sorted by visitor id then session id.
    func assignments(from columns: [Double]) -> [Assignment] {
        pairs.indices.filter { j in columnOfPair[j].map { columns[$0] > 0.5 } ?? false }.map { j in
            let p = pairs[j]
            return Assignment(visitorID: input.visitors[p.visitor].id, sessionID: input.sessions[p.session].id, rank: p.rank)
        }.sorted { ($0.visitorID, $0.sessionID) < ($1.visitorID, $1.sessionID) }
    }

    /// A column vector that assigns nobody: always feasible, the start of the first tier.
    func emptySolution() -> [Double] { [Double](repeating: 0, count: linear.columns.count) }

    /// The tier's value for a column vector, rounded to a whole number.
    func value(of coefficients: [Double], at columns: [Double]) -> Int {
        Int(zip(coefficients, columns).reduce(0) { $0 + $1.0 * $1.1 }.rounded())
    }

    /// The column vector of a plan given by its pair columns (possibly from before some columns
    /// joined): pairs rounded to 0 or 1, every helper column set to what the pairs imply.
    func completed(_ columns: [Double]) -> [Double] {
        var x = [Double](repeating: 0, count: linear.columns.count)
        var count = [Int](repeating: 0, count: input.visitors.count)
        var unranked = [Int](repeating: 0, count: input.visitors.count)
        var fill = [Int](repeating: 0, count: input.sessions.count)
        for (j, column) in columnOfPair.enumerated() {
            guard let column, column < columns.count, columns[column] > 0.5 else { continue }
            x[column] = 1
            count[pairs[j].visitor] += 1
            if pairs[j].rank == nil { unranked[pairs[j].visitor] += 1 }
            fill[pairs[j].session] += 1
        }
        for (v, c) in coverageColumn { x[c] = count[v] > 0 ? 1 : 0 }
        for (v, g) in suggestionColumn { x[g] = Double(unranked[v]) }
        for (s, y) in openColumn { x[y] = fill[s] > 0 ? 1 : 0 }
        return x
    }

    private var input: PlanningInput { eligibility.input }
}
