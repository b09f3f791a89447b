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

    /// The tier's value for a column vector, rounded to a whole number.
    func value(of tier: ObjectiveTier, at columns: [Double]) -> Int {
        Int(zip(objective(tier), columns).reduce(0) { $0 + $1.0 * $1.1 }.rounded())
    }

    /// A bound no plan can pass: every pair and every visitor counted.
    func crudeBound(_ tier: ObjectiveTier) -> Int {
        Int(pairs.indices.reduce(0) { $0 + coefficient(tier, pair: $1) }) + (tier == .coverage ? coverageColumn.count : 0)
    }

    /// The column vector of a plan given as pair indices: every helper column set to what the pairs imply.
    func columns(for plan: [Int]) -> [Double] {
        var x = [Double](repeating: 0, count: linear.columns.count)
        var count = [Int](repeating: 0, count: input.visitors.count)
        var fill = [Int](repeating: 0, count: input.sessions.count)
        for j in plan {
            let p = pairs[j]
            count[p.visitor] += 1
            fill[p.session] += 1
            if let column = columnOfPair[j] { x[column] = 1 }
            if p.rank == nil {
                if let g = suggestionColumn[p.visitor] { x[g] = 1 }
                if let a = network.supplyOfPair[j], suggestions == .aggregated {
                    x[supplyColumn[a]] = 1
                    x[inflowColumn[p.session]!] += 1
                }
            }
        }
        for (v, c) in coverageColumn { x[c] = count[v] > 0 ? 1 : 0 }
        for (s, y) in openColumn { x[y] = fill[s] > 0 ? 1 : 0 }
        return x
    }

    /// The plan of a column vector with whole values, as pair indices: its ranked pairs, and its
    /// suggestions placed on sessions (aggregated model). Nil if they cannot be placed.
    func plan(from columns: [Double]) -> [Int]? {
        let chosen = pairs.indices.filter { j in columnOfPair[j].map { columns[$0] > 0.5 } ?? false }
        guard suggestions == .aggregated, !supplyColumn.isEmpty else { return chosen }
        var lower = [Int](repeating: 0, count: input.sessions.count)
        var upper = input.sessions.map(\.capacity)
        for j in chosen { upper[pairs[j].session] -= 1 }
        for (s, y) in openColumn {
            if columns[y] > 0.5 {
                lower[s] = max(0, input.sessions[s].minVisitors - (input.sessions[s].capacity - upper[s]))
            } else {
                upper[s] = 0
            }
        }
        let given = supplyColumn.map { columns[$0] > 0.5 }
        guard let placed = network.route(given: given, lower: lower, upper: upper) else { return nil }
        return (chosen + placed).sorted()
    }

    /// The room rows a solution of the search must gain before it is taken (lazy rows).
    ///
    /// Only whole solutions are checked: a fractional one only bounds, and leaving rows out of
    /// it can only raise the bound. A whole one is a plan when its suggestions fit what its u(s)
    /// say sessions receive (no room row broken), or else fit the room sessions really have — its
    /// u(s) need not match, as no objective counts them. When they fit neither, they fit no u(s):
    /// the room rows its u(s) break are added.
    func lazyRoomRows(at columns: [Double]) -> [LinearModel.Row] {
        guard suggestions == .aggregated, !supplyColumn.isEmpty else { return [] }
        for (j, c) in linear.columns.enumerated() where c.kind != .continuous {
            if abs(columns[j] - columns[j].rounded()) > 1e-6 { return [] }
        }
        var received = [Double](repeating: 0, count: input.sessions.count)
        for (s, u) in inflowColumn { received[s] = columns[u] }
        let rooms = network.brokenRooms(given: supplyColumn.map { columns[$0] }, received: received)
        if rooms.isEmpty || plan(from: columns) != nil { return [] }
        return rooms.map { room in
            let terms = room.supplies.map { LinearModel.Term(supplyColumn[$0]) }
                + room.sessions.map { LinearModel.Term(inflowColumn[$0]!, -1) }
            return LinearModel.Row(terms, upper: 0)
        }
    }

    /// The assignments of a plan given as pair indices, sorted by visitor id then session id.
    func assignments(of plan: [Int]) -> [Assignment] {
        plan.map { j in
            let p = pairs[j]
            return Assignment(visitorID: input.visitors[p.visitor].id, sessionID: input.sessions[p.session].id, rank: p.rank)
        }.sorted { ($0.visitorID, $0.sessionID) < ($1.visitorID, $1.sessionID) }
    }
}
