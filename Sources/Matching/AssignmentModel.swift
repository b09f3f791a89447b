import Scheduling

/// The assignment model of the contract over eligible pairs: the columns, the rows of every
/// constraint family, and one objective per tier. Built without a solver.
///
/// Every ranked or pinned pair is a binary column. Unranked pairs (suggestions) are many — an
/// open visitor is eligible for most sessions — so po-plan's own model (`.aggregated`) gives most
/// of them no column: a suggestion is the visitor's only session and conflicts with nothing, so
/// all that matters is whether a visitor gets one (of which kind, when mix is a tier) and how
/// many each session receives. `SuggestionNetwork` keeps those values real placements with room
/// rows, added as the search needs them. A suggestion that some rule must see by itself (a
/// group's, or one the previous plan gave) keeps its own column. The plain model (`.pairs`), one
/// column per pair, is what another solver is given and what tests compare with.
struct AssignmentModel: Sendable {
    /// How suggestions enter the model.
    enum Suggestions: Sendable {
        /// A column per visitor's suggestion kind and per session, kept exact by room rows.
        case aggregated
        /// A column per unranked (visitor, session) pair.
        case pairs
    }

    let eligibility: Eligibility
    /// The tiers maximised, most important first.
    let tiers: [ObjectiveTier]
    /// Every eligible pair, in the seeded order that decides between equally good plans.
    let pairs: [EligiblePair]
    /// Whether each pair counts for the mix tier.
    let mixOfPair: [Bool]
    /// Whether each pair is an assignment of the previous plan (the keep tier counts them).
    let keptPair: [Bool]
    let suggestions: Suggestions
    /// The suggestion kinds and the sessions they reach.
    let network: SuggestionNetwork
    /// The column of each pair that has one: every ranked or pinned pair, the suggestions of
    /// `explicitSuggestion`, and every unranked one in `.pairs`.
    var columnOfPair: PairColumns
    var linear = LinearModel()
    /// Column of c(v), "visitor v has at least one session", when coverage or priority is a tier.
    var coverageColumn: [Int: Int] = [:]
    /// Column of h(a), "suggestion kind a is given", per kind of the network (`.aggregated`).
    var supplyColumn: [Int] = []
    /// Column of u(s), "suggestions session s receives" (`.aggregated`).
    var inflowColumn: [Int: Int] = [:]
    /// Column of g(v), "visitor v gets a suggestion" (`.pairs`).
    var suggestionColumn: [Int: Int] = [:]
    /// Column of y(s), "session s runs", for sessions whose min_visitors is above 1.
    var openColumn: [Int: Int] = [:]
    /// Whether a ranked or pinned pair is in a hostOnce or conflict row, which then also holds the
    /// visitor's suggestion terms: "x(v,r) + g(v) ≤ 1" needs no row of its own.
    var holdsSuggestions: [Bool]

    var input: PlanningInput { eligibility.input }
    let pairsOfVisitor: [[Int]]
    let pairsOfSession: [[Int]]
    /// Each visitor's ranked or pinned pairs, and its suggestions that keep their own columns: the
    /// few of `pairsOfVisitor` most rows are about (on the stress profile a visitor has about 730
    /// suggestion pairs, and filtering them for every row family took a second).
    let rankedOfVisitor: [[Int]]
    let explicitSuggestionsOfVisitor: [[Int]]

    /// A (visitor, session) by positions.
    struct PairKey: Hashable, Sendable {
        let visitor: Int
        let session: Int
    }

    /// Builds the model; `seed` orders the pairs, which decides between equally good plans.
    init(_ eligibility: Eligibility, seed: UInt64, suggestions: Suggestions = .aggregated) {
        self.eligibility = eligibility
        self.suggestions = suggestions
        var generator = SeededGenerator(seed: seed)
        let input = eligibility.input
        tiers = input.tiers
        // groups: a session counts for a group only when every member may have it.
        var ordered = eligibility.pairs()
        Self.keepTogetherOnly(&ordered, groups: eligibility.groups)
        // A session that cannot reach min_visitors even with every eligible visitor never runs.
        var eligibleCount = [Int](repeating: 0, count: input.sessions.count)
        for p in ordered { eligibleCount[p.session] += 1 }
        // In place: on the stress profile the pairs are 7.3 million, and each copy of them counts.
        ordered.removeAll { eligibleCount[$0.session] < input.sessions[$0.session].minVisitors }
        ordered.shuffle(using: &generator)
        // After the shuffle, so that the order of every other pair does not depend on these.
        Self.keepWhereGroupsFit(&ordered, groups: eligibility.groups) { s in
            min(input.sessions[s].capacity, input.hosts[eligibility.hostOfSession[s]].maxVisitorsPerDay ?? .max)
        }
        pairs = ordered
        var byVisitor = [[Int]](repeating: [], count: input.visitors.count)
        var bySession = [[Int]](repeating: [], count: input.sessions.count)
        for (j, p) in pairs.enumerated() {
            byVisitor[p.visitor].append(j)
            bySession[p.session].append(j)
        }
        pairsOfVisitor = byVisitor
        pairsOfSession = bySession
        var kept = [Bool](repeating: false, count: pairs.count)
        for a in input.previous?.assignments ?? [] {
            guard let v = input.visitorPosition(a.visitorID), let s = input.sessionPosition(a.sessionID),
                  let j = Self.pair(visitor: v, session: s, in: ordered, of: byVisitor) else { continue }
            kept[j] = true
        }
        keptPair = kept
        mixOfPair = pairs.map { eligibility.mixes(visitor: $0.visitor, session: $0.session) }
        let grouped = Set(eligibility.groups.joined())
        let followsGroup = Set(eligibility.groups.flatMap { $0.dropFirst() })
        // Suggestions a rule must see one by one keep their own column.
        let explicitSuggestion = ordered.indices.map { j in
            ordered[j].isSuggestion && (suggestions == .pairs || grouped.contains(ordered[j].visitor) || kept[j])
        }
        var ranked = [[Int]](repeating: [], count: input.visitors.count)
        var explicit = [[Int]](repeating: [], count: input.visitors.count)
        for (j, p) in ordered.enumerated() {
            if !p.isSuggestion { ranked[p.visitor].append(j) } else if explicitSuggestion[j] { explicit[p.visitor].append(j) }
        }
        rankedOfVisitor = ranked
        explicitSuggestionsOfVisitor = explicit
        let network = SuggestionNetwork(pairs: ordered, mixOfPair: mixOfPair, splitByMix: tiers.contains(.mix),
                                        aggregated: ordered.indices.map { ordered[$0].isSuggestion && !explicitSuggestion[$0] })
        self.network = network
        columnOfPair = PairColumns(count: pairs.count)
        holdsSuggestions = [Bool](repeating: false, count: pairs.count)
        // Suggestion pairs in the plain model: once ranked pairs and g(v), y(s) are whole, what is
        // left is a transportation problem, whose vertices are whole — unless a tier held before
        // others counts them (mix not last), which adds a side row, or a group ties them.
        let continuousSuggestions = !tiers.dropLast().contains(.mix)
        for (j, p) in pairs.enumerated() where !p.isSuggestion || explicitSuggestion[j] {
            let loose = suggestions == .pairs && continuousSuggestions && !grouped.contains(p.visitor) && !kept[j]
            // A group's other members take the first member's column (shareGroupColumns).
            guard !followsGroup.contains(p.visitor) else { continue }
            columnOfPair[j] = linear.addColumn(p.isSuggestion && loose ? .continuous(0, 1) : .binary)
        }
        shareGroupColumns()
        addSuggestionColumns()
        addCoverageLinks()
        addCapacityRows()
        addMinimumRows()
        addPerVisitorRows()
        addHostOnceRows()
        addConflictRows()
        addSuggestionRows()
        addPinRows()
        addHostPerDayRows()
        // A group's members often have the same rows over their shared columns: one of each is enough.
        if !eligibility.groups.isEmpty { linear.dropRepeatedRows() }
    }

    /// Keeps, of grouped visitors' pairs, those whose session every member of the group may have.
    private static func keepTogetherOnly(_ pairs: inout [EligiblePair], groups: [[Int]]) {
        guard !groups.isEmpty else { return }
        let groupOf = groupOfVisitor(groups)
        var count: [PairKey: Int] = [:]
        for p in pairs { if let g = groupOf[p.visitor] { count[PairKey(visitor: g, session: p.session), default: 0] += 1 } }
        pairs.removeAll { p in
            guard let g = groupOf[p.visitor] else { return false }
            return count[PairKey(visitor: g, session: p.session)] != groups[g].count
        }
    }

    /// Drops a group's pairs on a session whose `room` (its capacity, or its host's daily limit when
    /// lower) cannot take the whole group: the group can never have it. Where a member is pinned
    /// there, every member's pair stays, so that the pin the room cannot hold is reported.
    private static func keepWhereGroupsFit(_ pairs: inout [EligiblePair], groups: [[Int]], room: (Int) -> Int) {
        guard !groups.isEmpty else { return }
        let groupOf = groupOfVisitor(groups)
        let pinned = Set(pairs.compactMap { p in p.pinned ? groupOf[p.visitor].map { PairKey(visitor: $0, session: p.session) } : nil })
        pairs.removeAll { p in
            guard let g = groupOf[p.visitor] else { return false }
            return room(p.session) < groups[g].count && !pinned.contains(PairKey(visitor: g, session: p.session))
        }
    }

    /// The group of each grouped visitor, by position in `groups`.
    private static func groupOfVisitor(_ groups: [[Int]]) -> [Int: Int] {
        var groupOf: [Int: Int] = [:]
        for (g, members) in groups.enumerated() { for v in members { groupOf[v] = g } }
        return groupOf
    }

    // MARK: Helpers

    /// The pair of visitor v and session s in the model, nil when there is none.
    func pair(visitor v: Int, session s: Int) -> Int? { Self.pair(visitor: v, session: s, in: pairs, of: pairsOfVisitor) }

    /// The pair (v, s) among `pairsOfVisitor[v]`: looked up by scanning v's pairs rather than through a
    /// table of every pair, which took 400 MB on the stress profile and is asked only for pins, groups
    /// and a previous plan's assignments.
    private static func pair(visitor v: Int, session s: Int, in pairs: [EligiblePair], of pairsOfVisitor: [[Int]]) -> Int? {
        pairsOfVisitor[v].first { pairs[$0].session == s }
    }

    /// The pairs of v that are not suggestions: ranked or pinned.
    func rankedPairs(of v: Int) -> [Int] { rankedOfVisitor[v] }

    /// The terms of "v gets a suggestion": g(v), or v's kinds h(a) and its own suggestion columns.
    func suggestionTerms(of v: Int) -> [LinearModel.Term] {
        switch suggestions {
        case .pairs:
            return suggestionColumn[v].map { [LinearModel.Term($0)] } ?? []
        case .aggregated:
            return suggestionColumn[v].map { [LinearModel.Term($0)] } ?? givenSuggestionTerms(of: v)
        }
    }

    /// The terms of the suggestions visitor v may be given (aggregated model): the kinds it supplies
    /// and the suggestions that keep their own columns.
    func givenSuggestionTerms(of v: Int) -> [LinearModel.Term] {
        (network.suppliesOfVisitor[v] ?? []).map { LinearModel.Term(supplyColumn[$0]) }
            + terms(explicitSuggestionsOfVisitor[v])
    }

    /// The terms of "who arrives at s": its pair columns, and u(s) in the aggregated model.
    func arrivals(at s: Int) -> [LinearModel.Term] {
        terms(pairsOfSession[s]) + (inflowColumn[s].map { [LinearModel.Term($0)] } ?? [])
    }

    /// The most visitors the columns alone could bring to s.
    func mostArrivals(at s: Int) -> Int {
        terms(pairsOfSession[s]).count + (inflowColumn[s] == nil ? 0 : input.sessions[s].capacity)
    }

    /// Terms with coefficient 1 for the pairs that have columns.
    func terms(_ pairIndices: [Int]) -> [LinearModel.Term] {
        pairIndices.compactMap { columnOfPair[$0].map { LinearModel.Term($0) } }
    }
}
