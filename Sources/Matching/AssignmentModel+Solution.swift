import Scheduling

/// Between the model's columns and plans: the columns of a plan, the plan of a solution, and the
/// room rows a solution must gain before it is one.
extension AssignmentModel {
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
            if p.isSuggestion {
                if let g = suggestionColumn[p.visitor] { x[g] = 1 }
                if let a = network.supply(ofPair: j), suggestions == .aggregated {
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
        guard let placed = network.route(given: given, lower: lower, upper: upper, shared: dailyRoom(chosen)) else {
            return nil
        }
        return (chosen + placed).sorted()
    }

    /// The room each host with a daily limit has left on each date, beside the pairs `chosen`.
    func dailyRoom(_ chosen: [Int]) -> [(sessions: [Int], room: Int)] {
        var fill = [Int](repeating: 0, count: input.sessions.count)
        for j in chosen { fill[pairs[j].session] += 1 }
        return input.hosts.indices.flatMap { h -> [(sessions: [Int], room: Int)] in
            guard let limit = input.hosts[h].maxVisitorsPerDay else { return [] }
            return sessionsByDate(ofHost: h).map { ($0, limit - $0.reduce(0) { $0 + fill[$1] }) }
        }
    }

    /// The room rows a solution of the search must gain before it is taken (lazy rows).
    ///
    /// A whole solution is a plan when its suggestions fit what its u(s) say sessions receive (no
    /// room row broken), or else fit the room sessions really have — its u(s) need not match, as
    /// no objective counts them. When they fit neither, they fit no u(s): the room rows its u(s)
    /// break are added.
    ///
    /// A fractional solution only bounds, and leaving rows out of it can only raise the bound, so
    /// it is checked only when `evenFractional`: then every room row it breaks is given, closed
    /// (see `SuggestionNetwork.brokenRooms`), whole solutions' rows too.
    func lazyRoomRows(at columns: [Double], evenFractional: Bool = false) -> [LinearModel.Row] {
        guard suggestions == .aggregated, !supplyColumn.isEmpty else { return [] }
        var whole = true
        for (j, c) in linear.columns.enumerated() where c.kind != .continuous {
            if abs(columns[j] - columns[j].rounded()) > 1e-6 { whole = false; break }
        }
        if !whole && !evenFractional { return [] }
        var received = [Double](repeating: 0, count: input.sessions.count)
        for (s, u) in inflowColumn { received[s] = columns[u] }
        let rooms = network.brokenRooms(given: supplyColumn.map { columns[$0] }, received: received, closed: evenFractional)
        if rooms.isEmpty || (whole && plan(from: columns) != nil) { return [] }
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
