import Scheduling

extension AssignmentModel {
    /// The coefficients of one tier, one per column (contract §4).
    func objective(_ tier: ObjectiveTier) -> [Double] {
        var c = [Double](repeating: 0, count: linear.columns.count)
        if tier == .coverage {
            // coverage: the number of visitors with at least one session.
            for column in coverageColumn.values { c[column] = 1 }
        }
        if tier == .priority {
            // priority: the number of visitors with priority who have at least one session.
            for (v, column) in coverageColumn where input.visitors[v].priority { c[column] = 1 }
        }
        for (j, column) in columnOfPair.enumerated() {
            // A group's column counts every member's pair.
            if let column { c[column] += coefficient(tier, pair: j) }
        }
        if tier == .mix {
            // A suggestion of the mixing kind mixes sectors wherever it goes.
            for (a, column) in supplyColumn.enumerated() where network.supplies[a].mixes == true { c[column] = 1 }
        }
        return c
    }

    /// The coefficient of pair `j` in a tier: its preference score, or whether it mixes sectors.
    func coefficient(_ tier: ObjectiveTier, pair j: Int) -> Double {
        let p = pairs[j]
        switch tier {
        case .coverage, .priority:
            return 0
        case .keep:
            // keep: the assignments of the previous plan that the new plan keeps.
            return keptPair[j] ? 1 : 0
        case .preference:
            // preference: Σ over assignments of (K + 1 − rank); a suggestion scores 0.
            return Double(RankList.score(rank: p.rank, maxChoices: input.event.maxChoices))
        case .mix:
            // mix: assignments whose visitor's and host's sectors are both given and differ.
            return mixOfPair[j] ? 1 : 0
        }
    }

    /// The tier's value for a column vector, rounded to a whole number.
    func value(of tier: ObjectiveTier, at columns: [Double]) -> Int {
        Int(zip(objective(tier), columns).reduce(0) { $0 + $1.0 * $1.1 }.rounded())
    }

    /// A bound no plan can pass: every pair and every visitor counted.
    func crudeBound(_ tier: ObjectiveTier) -> Int {
        let c = objective(tier)
        let visitors = coverageColumn.values.reduce(0.0) { $0 + c[$1] }
        return Int(pairs.indices.reduce(0.0) { $0 + coefficient(tier, pair: $1) } + visitors)
    }
}
