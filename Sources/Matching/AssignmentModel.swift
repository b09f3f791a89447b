import Scheduling

/// The assignment model of the contract over eligible pairs: one binary per pair, the rows of
/// every constraint family, and one objective per tier. Built without a solver.
///
/// Every ranked pair is a column from the start. Unranked pairs (suggestions) are many — an open
/// visitor is eligible for most sessions — and interchangeable for most of them, so only a few
/// per visitor start as columns; the others wait in reserve until pricing shows one could help
/// (`activate`). The rows are those of the full model from the start.
struct AssignmentModel: Sendable {
    let eligibility: Eligibility
    /// Every eligible pair, in the seeded order that decides between equally good plans.
    let pairs: [EligiblePair]
    /// Whether each pair counts for the mix tier.
    let mixOfPair: [Bool]
    /// The kind of a suggestion's column. Once ranked pairs and the binaries g(v) and y(s) take
    /// whole values, what is left for suggestions is a transportation problem (each visitor's
    /// g(v) to sessions, between their minimum and capacity), whose constraint matrix is totally
    /// unimodular: its vertices are whole. So suggestions can be continuous, and branch and bound
    /// never branches on them — unless a tier held before others counts them (mix not last),
    /// which adds a side row; they are binary then.
    let suggestionKind: LinearModel.Column
    /// The column of each pair, nil while it waits in reserve.
    private(set) var columnOfPair: [Int?]
    private(set) var linear = LinearModel()
    /// Column of c(v), "visitor v has at least one session", when coverage is a tier.
    private(set) var coverageColumn: [Int: Int] = [:]
    /// Column of g(v), "visitor v gets a suggestion", for visitors with unranked pairs.
    private(set) var suggestionColumn: [Int: Int] = [:]
    /// Column of y(s), "session s runs", for sessions whose min_visitors is above 1.
    private(set) var openColumn: [Int: Int] = [:]
    /// The rows an unranked pair of a session or visitor enters.
    private var capacityRow: [Int: Int] = [:], minimumRow: [Int: Int] = [:], suggestionRow: [Int: Int] = [:]

    private var input: PlanningInput { eligibility.input }
    private let pairsOfVisitor: [[Int]]
    private let pairsOfSession: [[Int]]

    /// Builds the model; `seed` orders the pairs, which decides between equally good plans, and
    /// `startingSuggestions` unranked pairs per visitor start as columns.
    init(_ eligibility: Eligibility, seed: UInt64, startingSuggestions: Int = 8) {
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
        }
        pairsOfVisitor = byVisitor
        pairsOfSession = bySession
        suggestionKind = input.event.objective.dropLast().contains(.mix) ? .binary : .continuous(0, 1)
        let mix = pairs.map { eligibility.mixes(visitor: $0.visitor, session: $0.session) }
        mixOfPair = mix
        columnOfPair = Array(repeating: nil, count: pairs.count)
        for j in Self.startingPairs(pairs, mix: mix, byVisitor: byVisitor, bySession: bySession, input: input,
                                    suggestions: startingSuggestions) {
            columnOfPair[j] = linear.addColumn(pairs[j].rank == nil ? suggestionKind : .binary)
        }
        addCoverageLinks()
        addCapacityRows()
        addMinimumRows()
        addPerVisitorRows()
        addHostOnceRows()
        addConflictRows()
        addSuggestionRows()
    }

    /// Every ranked pair, and for each visitor the unranked pairs most likely to be used: half
    /// among the sessions with the most places left after ranked demand, half among those that
    /// also mix sectors.
    private static func startingPairs(_ pairs: [EligiblePair], mix: [Bool], byVisitor: [[Int]], bySession: [[Int]],
                                      input: PlanningInput, suggestions: Int) -> [Int] {
        let slack = input.sessions.indices.map { s in
            input.sessions[s].capacity - bySession[s].filter { pairs[$0].rank != nil }.count
        }
        var chosen = pairs.indices.filter { pairs[$0].rank != nil }
        for mine in byVisitor {
            let unranked = mine.filter { pairs[$0].rank == nil }
            let mixes = { (j: Int) in mix[j] ? 1 : 0 }
            let roomy = unranked.sorted { (slack[pairs[$0].session], -$0) > (slack[pairs[$1].session], -$1) }
            let mixing = unranked.sorted { (mixes($0), slack[pairs[$0].session], -$0) > (mixes($1), slack[pairs[$1].session], -$1) }
            chosen += Set(roomy.prefix((suggestions + 1) / 2) + mixing.prefix(suggestions / 2)).sorted()
        }
        return chosen.sorted()
    }

    /// Pairs still waiting in reserve.
    var reserve: [Int] { columnOfPair.indices.filter { columnOfPair[$0] == nil } }

    /// Makes a reserved pair a column and enters it in its rows; returns the column and its entries.
    mutating func activate(_ j: Int) -> (column: Int, entries: [(row: Int, coefficient: Double)]) {
        precondition(columnOfPair[j] == nil && pairs[j].rank == nil, "only reserved suggestions are activated")
        let column = linear.addColumn(suggestionKind)
        columnOfPair[j] = column
        let entries = rows(ofReserved: j).map { (row: $0, coefficient: 1.0) }
        for e in entries { linear.appendTerm(LinearModel.Term(column, e.coefficient), toRow: e.row) }
        return (column, entries)
    }

    /// The rows an unranked pair enters, each with coefficient 1: capacity, minimum, suggestion.
    func rows(ofReserved j: Int) -> [Int] {
        let p = pairs[j]
        return [capacityRow[p.session], minimumRow[p.session], suggestionRow[p.visitor]].compactMap { $0 }
    }

    // MARK: Constraint families

    /// capacity: Σ_v x(v,s) ≤ capacity(s), times y(s) when the session may be cancelled.
    private mutating func addCapacityRows() {
        for (s, session) in input.sessions.enumerated() where !pairsOfSession[s].isEmpty {
            var terms = terms(pairsOfSession[s])
            if session.minVisitors > 1 {
                let y = linear.addColumn(.binary)
                openColumn[s] = y
                terms.append(LinearModel.Term(y, -Double(session.capacity)))
                capacityRow[s] = add(.capacity, LinearModel.Row(terms, upper: 0))
            } else if pairsOfSession[s].count > session.capacity {
                capacityRow[s] = add(.capacity, LinearModel.Row(terms, upper: Double(session.capacity)))
            }
        }
    }

    /// minimum: Σ_v x(v,s) ≥ min_visitors(s) · y(s), so a session gets 0 or at least its minimum.
    private mutating func addMinimumRows() {
        for (s, session) in input.sessions.enumerated() {
            guard let y = openColumn[s] else { continue }
            let row = terms(pairsOfSession[s]) + [LinearModel.Term(y, -Double(session.minVisitors))]
            minimumRow[s] = add(.minimum, LinearModel.Row(row, lower: 0))
        }
    }

    /// perVisitor: Σ_s x(v,s) ≤ max_visits(v) over ranked pairs (a suggestion comes alone).
    private mutating func addPerVisitorRows() {
        for (v, visitor) in input.visitors.enumerated() {
            let ranked = rankedPairs(of: v)
            guard ranked.count > visitor.maxVisits else { continue }
            add(.perVisitor, LinearModel.Row(terms(ranked), upper: Double(visitor.maxVisits)))
        }
    }

    /// hostOnce: Σ_{s of host h} x(v,s) ≤ 1 for every visitor and host.
    private mutating func addHostOnceRows() {
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v)
            guard ranked.count > 1 else { continue }
            let byHost = Dictionary(grouping: ranked) { input.sessions[pairs[$0].session].hostID }
            for group in byHost.values.sorted(by: { $0[0] < $1[0] }) where group.count > 1 {
                add(.hostOnce, LinearModel.Row(terms(group.sorted()), upper: 1))
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
                add(.conflict, LinearModel.Row(terms(clique.map { ranked[$0] }), upper: 1))
            }
        }
    }

    /// suggestion: Σ unranked x(v,s) = g(v) ≤ 1, and x(v,r) + g(v) ≤ 1 for every ranked r.
    private mutating func addSuggestionRows() {
        for (v, g) in suggestionColumn.sorted(by: { $0.key < $1.key }) {
            let unranked = pairsOfVisitor[v].filter { pairs[$0].rank == nil }
            suggestionRow[v] = add(.suggestion, LinearModel.Row(terms(unranked) + [LinearModel.Term(g, -1)], lower: 0, upper: 0))
            for r in rankedPairs(of: v) {
                add(.suggestion, LinearModel.Row([LinearModel.Term(columnOfPair[r]!), LinearModel.Term(g)], upper: 1))
            }
        }
    }

    /// c(v) ≤ Σ ranked x(v,s) + g(v): covered only with a session.
    private mutating func addCoverageLinks() {
        for v in input.visitors.indices where !pairsOfVisitor[v].isEmpty {
            if pairsOfVisitor[v].contains(where: { pairs[$0].rank == nil }) { suggestionColumn[v] = linear.addColumn(.binary) }
            guard input.event.objective.contains(.coverage) else { continue }
            let c = linear.addColumn(.continuous(0, 1))
            coverageColumn[v] = c
            var row = [LinearModel.Term(c)] + rankedPairs(of: v).map { LinearModel.Term(columnOfPair[$0]!, -1) }
            if let g = suggestionColumn[v] { row.append(LinearModel.Term(g, -1)) }
            linear.addRow(LinearModel.Row(row, upper: 0))
        }
    }

    // MARK: Helpers

    private func rankedPairs(of v: Int) -> [Int] { pairsOfVisitor[v].filter { pairs[$0].rank != nil } }

    /// Terms with coefficient 1 for the pairs that are columns; reserved pairs join later.
    private func terms(_ pairIndices: [Int]) -> [LinearModel.Term] {
        pairIndices.compactMap { columnOfPair[$0].map { LinearModel.Term($0) } }
    }

    @discardableResult
    private mutating func add(_ family: ConstraintFamily, _ row: LinearModel.Row) -> Int {
        linear.addRow(row)
        return linear.rows.count - 1
    }
}
