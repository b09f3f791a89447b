import Scheduling

/// The assignment model of the contract over eligible pairs: the columns, the rows of every
/// constraint family, and one objective per tier. Built without a solver.
///
/// Every ranked pair is a binary column. Unranked pairs (suggestions) are many — an open visitor
/// is eligible for most sessions — so po-plan's own model (`.aggregated`) gives them no column:
/// a suggestion is the visitor's only session and conflicts with nothing, so all that matters
/// is whether a visitor gets one (of which kind, when mix is a tier) and how many each session
/// receives. `SuggestionNetwork` keeps those values real placements with room rows, added as
/// the search needs them. The plain model (`.pairs`), one column per pair, is what another
/// solver is given and what tests compare with.
struct AssignmentModel: Sendable {
    /// How suggestions enter the model.
    enum Suggestions: Sendable {
        /// A column per visitor's suggestion kind and per session, kept exact by room rows.
        case aggregated
        /// A column per unranked (visitor, session) pair.
        case pairs
    }

    let eligibility: Eligibility
    /// Every eligible pair, in the seeded order that decides between equally good plans.
    let pairs: [EligiblePair]
    /// Whether each pair counts for the mix tier.
    let mixOfPair: [Bool]
    let suggestions: Suggestions
    /// The suggestion kinds and the sessions they reach.
    let network: SuggestionNetwork
    /// The column of each pair that has one: every ranked pair, and unranked ones in `.pairs`.
    private(set) var columnOfPair: [Int?]
    private(set) var linear = LinearModel()
    /// Column of c(v), "visitor v has at least one session", when coverage is a tier.
    private(set) var coverageColumn: [Int: Int] = [:]
    /// Column of h(a), "suggestion kind a is given", per kind of the network (`.aggregated`).
    private(set) var supplyColumn: [Int] = []
    /// Column of u(s), "suggestions session s receives" (`.aggregated`).
    private(set) var inflowColumn: [Int: Int] = [:]
    /// Column of g(v), "visitor v gets a suggestion" (`.pairs`).
    private(set) var suggestionColumn: [Int: Int] = [:]
    /// Column of y(s), "session s runs", for sessions whose min_visitors is above 1.
    private(set) var openColumn: [Int: Int] = [:]

    var input: PlanningInput { eligibility.input }
    private let pairsOfVisitor: [[Int]]
    private let pairsOfSession: [[Int]]
    private let suppliesOfVisitor: [Int: [Int]]

    /// Builds the model; `seed` orders the pairs, which decides between equally good plans.
    init(_ eligibility: Eligibility, seed: UInt64, suggestions: Suggestions = .aggregated) {
        self.eligibility = eligibility
        self.suggestions = suggestions
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
        mixOfPair = pairs.map { eligibility.mixes(visitor: $0.visitor, session: $0.session) }
        let network = SuggestionNetwork(pairs: pairs, mixOfPair: mixOfPair,
                                        splitByMix: input.event.objective.contains(.mix))
        self.network = network
        suppliesOfVisitor = Dictionary(grouping: network.supplies.indices) { network.supplies[$0].visitor }
        columnOfPair = Array(repeating: nil, count: pairs.count)
        // Suggestion pairs in the plain model: once ranked pairs and g(v), y(s) are whole, what is
        // left is a transportation problem, whose vertices are whole — unless a tier held before
        // others counts them (mix not last), which adds a side row.
        let unrankedKind: LinearModel.Column = input.event.objective.dropLast().contains(.mix) ? .binary : .continuous(0, 1)
        for (j, p) in pairs.enumerated() where p.rank != nil || suggestions == .pairs {
            columnOfPair[j] = linear.addColumn(p.rank == nil ? unrankedKind : .binary)
        }
        addSuggestionColumns()
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
            var terms = arrivals(at: s)
            if session.minVisitors > 1 {
                let y = linear.addColumn(.binary)
                openColumn[s] = y
                terms.append(LinearModel.Term(y, -Double(session.capacity)))
                linear.addRow(LinearModel.Row(terms, upper: 0))
            } else if mostArrivals(at: s) > session.capacity {
                linear.addRow(LinearModel.Row(terms, upper: Double(session.capacity)))
            }
        }
    }

    /// minimum: Σ_v x(v,s) ≥ min_visitors(s) · y(s), so a session gets 0 or at least its minimum.
    private mutating func addMinimumRows() {
        for (s, session) in input.sessions.enumerated() {
            guard let y = openColumn[s] else { continue }
            linear.addRow(LinearModel.Row(arrivals(at: s) + [LinearModel.Term(y, -Double(session.minVisitors))], lower: 0))
        }
    }

    /// perVisitor: Σ_s x(v,s) ≤ max_visits(v) over ranked pairs (a suggestion comes alone).
    private mutating func addPerVisitorRows() {
        for (v, visitor) in input.visitors.enumerated() {
            let ranked = rankedPairs(of: v)
            guard ranked.count > visitor.maxVisits else { continue }
            linear.addRow(LinearModel.Row(terms(ranked), upper: Double(visitor.maxVisits)))
        }
    }

    /// hostOnce: Σ_{s of host h} x(v,s) ≤ 1 for every visitor and host.
    private mutating func addHostOnceRows() {
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v)
            guard ranked.count > 1 else { continue }
            let byHost = Dictionary(grouping: ranked) { input.sessions[pairs[$0].session].hostID }
            for group in byHost.values.sorted(by: { $0[0] < $1[0] }) where group.count > 1 {
                linear.addRow(LinearModel.Row(terms(group.sorted()), upper: 1))
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
                linear.addRow(LinearModel.Row(terms(clique.map { ranked[$0] }), upper: 1))
            }
        }
    }

    /// suggestion: at most one unranked session, and only without a ranked one:
    /// g(v) ≤ 1 and x(v,r) + g(v) ≤ 1 for every ranked r, where g(v) is Σ unranked x(v,s) (plain
    /// model) or Σ of v's kinds h(a); and what kinds are given is what sessions receive.
    private mutating func addSuggestionRows() {
        for v in input.visitors.indices {
            let given = suggestionTerms(of: v)
            guard !given.isEmpty else { continue }
            if suggestions == .pairs {
                let unranked = pairsOfVisitor[v].filter { pairs[$0].rank == nil }
                linear.addRow(LinearModel.Row(terms(unranked) + given.map { LinearModel.Term($0.column, -1) }, lower: 0, upper: 0))
            } else if given.count > 1 {
                linear.addRow(LinearModel.Row(given, upper: 1))
            }
            for r in rankedPairs(of: v) {
                linear.addRow(LinearModel.Row([LinearModel.Term(columnOfPair[r]!)] + given, upper: 1))
            }
        }
        if suggestions == .aggregated && !supplyColumn.isEmpty {
            let balance = supplyColumn.map { LinearModel.Term($0) }
                + inflowColumn.sorted { $0.key < $1.key }.map { LinearModel.Term($0.value, -1) }
            linear.addRow(LinearModel.Row(balance, lower: 0, upper: 0))
        }
    }

    /// c(v) ≤ Σ ranked x(v,s) + g(v): covered only with a session.
    private mutating func addCoverageLinks() {
        guard input.event.objective.contains(.coverage) else { return }
        for v in input.visitors.indices where !pairsOfVisitor[v].isEmpty {
            let c = linear.addColumn(.continuous(0, 1))
            coverageColumn[v] = c
            let row = [LinearModel.Term(c)] + rankedPairs(of: v).map { LinearModel.Term(columnOfPair[$0]!, -1) }
                + suggestionTerms(of: v).map { LinearModel.Term($0.column, -1) }
            linear.addRow(LinearModel.Row(row, upper: 0))
        }
    }

    /// The columns g(v) (plain model), or h(a) per kind and u(s) per session (aggregated).
    private mutating func addSuggestionColumns() {
        switch suggestions {
        case .pairs:
            for v in input.visitors.indices where pairsOfVisitor[v].contains(where: { pairs[$0].rank == nil }) {
                suggestionColumn[v] = linear.addColumn(.binary)
            }
        case .aggregated:
            supplyColumn = network.supplies.map { _ in linear.addColumn(.binary) }
            for s in network.sessions {
                inflowColumn[s] = linear.addColumn(.continuous(0, Double(input.sessions[s].capacity)))
            }
        }
    }

    // MARK: Helpers

    private func rankedPairs(of v: Int) -> [Int] { pairsOfVisitor[v].filter { pairs[$0].rank != nil } }

    /// The terms of "v gets a suggestion": g(v), or v's kinds h(a).
    private func suggestionTerms(of v: Int) -> [LinearModel.Term] {
        switch suggestions {
        case .pairs: return suggestionColumn[v].map { [LinearModel.Term($0)] } ?? []
        case .aggregated: return (suppliesOfVisitor[v] ?? []).map { LinearModel.Term(supplyColumn[$0]) }
        }
    }

    /// The terms of "who arrives at s": its pair columns, and u(s) in the aggregated model.
    private func arrivals(at s: Int) -> [LinearModel.Term] {
        terms(pairsOfSession[s]) + (inflowColumn[s].map { [LinearModel.Term($0)] } ?? [])
    }

    /// The most visitors the columns alone could bring to s.
    private func mostArrivals(at s: Int) -> Int {
        terms(pairsOfSession[s]).count + (inflowColumn[s] == nil ? 0 : input.sessions[s].capacity)
    }

    /// Terms with coefficient 1 for the pairs that have columns.
    private func terms(_ pairIndices: [Int]) -> [LinearModel.Term] {
        pairIndices.compactMap { columnOfPair[$0].map { LinearModel.Term($0) } }
    }
}
