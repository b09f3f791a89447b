import Scheduling

/// The assignment model of the contract over eligible pairs: one binary per pair, the rows of
/// every constraint family, and one objective per tier. Built without a solver.
struct AssignmentModel: Sendable {
    let eligibility: Eligibility
    /// The pairs in column order: column `j < pairs.count` is x(pairs[j]).
    let pairs: [EligiblePair]
    private(set) var linear = LinearModel()
    /// Column of c(v), "visitor v has at least one session", when coverage is a tier.
    private(set) var coverageColumn: [Int: Int] = [:]
    /// Column of g(v), "visitor v gets a suggestion", for visitors with ranked and unranked pairs.
    private(set) var suggestionColumn: [Int: Int] = [:]
    /// Column of y(s), "session s runs", for sessions whose min_visitors is above 1.
    private(set) var openColumn: [Int: Int] = [:]
    /// How many rows each family contributed.
    private(set) var rowCounts: [ConstraintFamily: Int] = [:]

    private var input: PlanningInput { eligibility.input }
    private let pairsOfVisitor: [[Int]]
    private let pairsOfSession: [[Int]]

    /// Builds the model; `seed` orders the columns, which decides between equally good plans.
    init(_ eligibility: Eligibility, seed: UInt64) {
        self.eligibility = eligibility
        var generator = SeededGenerator(seed: seed)
        let input = eligibility.input
        let all = eligibility.pairs()
        // A session that cannot reach min_visitors even with every eligible visitor never runs.
        var eligibleCount = [Int](repeating: 0, count: input.sessions.count)
        for p in all { eligibleCount[p.session] += 1 }
        pairs = all.filter { eligibleCount[$0.session] >= input.sessions[$0.session].minVisitors }
            .shuffled(using: &generator)
        var byVisitor = [[Int]](repeating: [], count: input.visitors.count)
        var bySession = [[Int]](repeating: [], count: input.sessions.count)
        for (j, p) in pairs.enumerated() {
            byVisitor[p.visitor].append(j)
            bySession[p.session].append(j)
            _ = linear.addColumn(.binary)
        }
        pairsOfVisitor = byVisitor
        pairsOfSession = bySession
        addCoverageLinks()
        addCapacityRows()
        addMinimumRows()
        addPerVisitorRows()
        addHostOnceRows()
        addConflictRows()
        addSuggestionRows()
    }

    // MARK: Constraint families

    /// capacity: Σ_v x(v,s) ≤ capacity(s), times y(s) when the session may be cancelled.
    private mutating func addCapacityRows() {
        for (s, session) in input.sessions.enumerated() where !pairsOfSession[s].isEmpty {
            var terms = pairsOfSession[s].map { LinearModel.Term($0) }
            if session.minVisitors > 1 {
                let y = linear.addColumn(.binary)
                openColumn[s] = y
                terms.append(LinearModel.Term(y, -Double(session.capacity)))
                add(.capacity, LinearModel.Row(terms, upper: 0))
            } else if pairsOfSession[s].count > session.capacity {
                add(.capacity, LinearModel.Row(terms, upper: Double(session.capacity)))
            }
        }
    }

    /// minimum: Σ_v x(v,s) ≥ min_visitors(s) · y(s), so a session gets 0 or at least its minimum.
    private mutating func addMinimumRows() {
        for (s, session) in input.sessions.enumerated() {
            guard let y = openColumn[s] else { continue }
            let terms = pairsOfSession[s].map { LinearModel.Term($0) } + [LinearModel.Term(y, -Double(session.minVisitors))]
            add(.minimum, LinearModel.Row(terms, lower: 0))
        }
    }

    /// perVisitor: Σ_s x(v,s) ≤ max_visits(v) over ranked pairs (a suggestion comes alone).
    private mutating func addPerVisitorRows() {
        for (v, visitor) in input.visitors.enumerated() {
            let ranked = rankedPairs(of: v)
            guard ranked.count > visitor.maxVisits else { continue }
            add(.perVisitor, LinearModel.Row(ranked.map { LinearModel.Term($0) }, upper: Double(visitor.maxVisits)))
        }
    }

    /// hostOnce: Σ_{s of host h} x(v,s) ≤ 1 for every visitor and host.
    private mutating func addHostOnceRows() {
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v)
            guard ranked.count > 1 else { continue }
            let byHost = Dictionary(grouping: ranked) { input.sessions[pairs[$0].session].hostID }
            for columns in byHost.values.sorted(by: { $0[0] < $1[0] }) where columns.count > 1 {
                add(.hostOnce, LinearModel.Row(columns.sorted().map { LinearModel.Term($0) }, upper: 1))
            }
        }
    }

    /// conflict: Σ_{s in C} x(v,s) ≤ 1 for every maximal clique C of conflicting ranked sessions.
    /// Suggestions need no row: a suggestion is the visitor's only session.
    private mutating func addConflictRows() {
        let rule = ConflictRule(travel: input.event.travel)
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v).sorted()
            guard ranked.count > 1 else { continue }
            let sessions = ranked.map { input.sessions[pairs[$0].session] }
            let hosts = sessions.map { input.host(of: $0) }
            let cliques = Cliques.maximal(nodeCount: ranked.count) { i, j in
                rule.conflict(sessions[i], at: hosts[i], sessions[j], at: hosts[j])
            }
            for clique in cliques {
                add(.conflict, LinearModel.Row(clique.map { LinearModel.Term(ranked[$0]) }, upper: 1))
            }
        }
    }

    /// suggestion: Σ unranked x(v,s) = g(v) ≤ 1, and x(v,r) + g(v) ≤ 1 for every ranked r.
    private mutating func addSuggestionRows() {
        for v in input.visitors.indices {
            let unranked = pairsOfVisitor[v].filter { pairs[$0].rank == nil }
            guard !unranked.isEmpty else { continue }
            let ranked = rankedPairs(of: v)
            guard !ranked.isEmpty, let g = suggestionColumn[v] else {
                add(.suggestion, LinearModel.Row(unranked.map { LinearModel.Term($0) }, upper: 1))
                continue
            }
            add(.suggestion, LinearModel.Row(unranked.map { LinearModel.Term($0) } + [LinearModel.Term(g, -1)], lower: 0, upper: 0))
            for r in ranked {
                add(.suggestion, LinearModel.Row([LinearModel.Term(r), LinearModel.Term(g)], upper: 1))
            }
        }
    }

    /// c(v) ≤ Σ ranked x(v,s) + g(v) (or Σ unranked x(v,s)): covered only with a session.
    private mutating func addCoverageLinks() {
        for v in input.visitors.indices where !pairsOfVisitor[v].isEmpty {
            let ranked = rankedPairs(of: v)
            let unranked = pairsOfVisitor[v].filter { pairs[$0].rank == nil }
            if !ranked.isEmpty && !unranked.isEmpty { suggestionColumn[v] = linear.addColumn(.binary) }
            guard input.event.objective.contains(.coverage) else { continue }
            let c = linear.addColumn(.continuous(0, 1))
            coverageColumn[v] = c
            var terms = [LinearModel.Term(c)] + ranked.map { LinearModel.Term($0, -1) }
            if let g = suggestionColumn[v] {
                terms.append(LinearModel.Term(g, -1))
            } else {
                terms += unranked.map { LinearModel.Term($0, -1) }
            }
            linear.addRow(LinearModel.Row(terms, upper: 0))
        }
    }

    // MARK: Helpers

    private func rankedPairs(of v: Int) -> [Int] { pairsOfVisitor[v].filter { pairs[$0].rank != nil } }

    private mutating func add(_ family: ConstraintFamily, _ row: LinearModel.Row) {
        linear.addRow(row)
        rowCounts[family, default: 0] += 1
    }
}
