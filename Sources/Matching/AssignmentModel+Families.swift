import Scheduling

/// The rows of the model, one function per constraint family of the contract (§3).
extension AssignmentModel {
    /// capacity: Σ_v x(v,s) ≤ capacity(s), times y(s) when the session may be cancelled.
    mutating func addCapacityRows() {
        for (s, session) in input.sessions.enumerated() where !pairsOfSession[s].isEmpty {
            var terms = arrivals(at: s)
            if session.minVisitors > 1 {
                let y = linear.addColumn(.binary)
                openColumn[s] = y
                terms.append(LinearModel.Term(y, -Double(session.capacity)))
                linear.addRow(LinearModel.Row(terms, upper: 0, family: .capacity, subject: session.id))
            } else if mostArrivals(at: s) > session.capacity {
                linear.addRow(LinearModel.Row(terms, upper: Double(session.capacity), family: .capacity, subject: session.id))
            }
        }
    }

    /// minimum: Σ_v x(v,s) ≥ min_visitors(s) · y(s), so a session gets 0 or at least its minimum.
    mutating func addMinimumRows() {
        for (s, session) in input.sessions.enumerated() {
            guard let y = openColumn[s] else { continue }
            linear.addRow(LinearModel.Row(arrivals(at: s) + [LinearModel.Term(y, -Double(session.minVisitors))],
                                          lower: 0, family: .minimum, subject: session.id))
        }
    }

    /// perVisitor: Σ_s x(v,s) + max_visits(v) · g(v) ≤ max_visits(v) over ranked and pinned pairs,
    /// g(v) being v's suggestion terms (a suggestion comes alone, so with one Σ_s x(v,s) is 0).
    mutating func addPerVisitorRows() {
        for (v, visitor) in input.visitors.enumerated() {
            let ranked = rankedPairs(of: v)
            guard ranked.count > visitor.maxVisits else { continue }
            let alone = suggestionTerms(of: v).map { LinearModel.Term($0.column, Double(visitor.maxVisits)) }
            linear.addRow(LinearModel.Row(terms(ranked) + alone, upper: Double(visitor.maxVisits), family: .perVisitor,
                                          subject: visitor.id))
        }
    }

    /// hostOnce: Σ_{s of host h} x(v,s) + g(v) ≤ 1 for every visitor and host, g(v) being v's
    /// suggestion terms (a suggestion comes alone).
    mutating func addHostOnceRows() {
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v)
            guard ranked.count > 1 else { continue }
            let byHost = Dictionary(grouping: ranked) { input.sessions[pairs[$0].session].hostID }
            for group in byHost.values.sorted(by: { $0[0] < $1[0] }) where group.count > 1 {
                let host = input.sessions[pairs[group[0]].session].hostID
                for j in group { holdsSuggestions[j] = true }
                linear.addRow(LinearModel.Row(terms(group.sorted()) + suggestionTerms(of: v), upper: 1, family: .hostOnce,
                                              subject: "\(input.visitors[v].id)_\(host)"))
            }
        }
    }

    /// conflict: Σ_{s in C} x(v,s) + g(v) ≤ 1 for every maximal clique C of ranked sessions that
    /// pairwise conflict or share a host (the hostOnce rule) and span two hosts, g(v) being v's
    /// suggestion terms (a suggestion comes alone).
    mutating func addConflictRows() {
        let rule = ConflictRule(travel: input.event.travel)
        for v in input.visitors.indices {
            let ranked = rankedPairs(of: v).sorted()
            guard ranked.count > 1 else { continue }
            let sessions = ranked.map { input.sessions[pairs[$0].session] }
            let hosts = sessions.map { input.host(of: $0) }
            // A day-long session conflicts with both of a host's sessions that day: one row for the three.
            let cliques = Cliques.maximal(nodeCount: ranked.count) { i, j in
                hosts[i].id == hosts[j].id || rule.conflict(sessions[i], at: hosts[i], sessions[j], at: hosts[j])
            }.filter { clique in clique.contains { hosts[$0].id != hosts[clique[0]].id } }
            for (k, clique) in cliques.enumerated() {
                for i in clique { holdsSuggestions[ranked[i]] = true }
                linear.addRow(LinearModel.Row(terms(clique.map { ranked[$0] }) + suggestionTerms(of: v), upper: 1, family: .conflict,
                                              subject: "\(input.visitors[v].id)_\(k + 1)"))
            }
        }
    }

    /// suggestion: at most one unranked, unpinned session, and only without another one:
    /// g(v) ≤ 1 and x(v,r) + g(v) ≤ 1 for every ranked or pinned r that no hostOnce or conflict row
    /// holds with g(v), where g(v) is Σ unranked x(v,s) (plain model) or Σ of v's kinds h(a) and own
    /// suggestion columns; and what kinds are given is what sessions receive.
    mutating func addSuggestionRows() {
        for v in input.visitors.indices {
            let given = suggestionTerms(of: v)
            guard !given.isEmpty else { continue }
            if suggestions == .pairs {
                let unranked = pairsOfVisitor[v].filter { pairs[$0].isSuggestion }
                linear.addRow(LinearModel.Row(terms(unranked) + given.map { LinearModel.Term($0.column, -1) },
                                              lower: 0, upper: 0, family: .suggestion, subject: input.visitors[v].id))
            } else if let g = suggestionColumn[v] {
                linear.addRow(LinearModel.Row(givenSuggestionTerms(of: v) + [LinearModel.Term(g, -1)],
                                              lower: 0, upper: 0, family: .suggestion, subject: input.visitors[v].id))
            } else if given.count > 1 {
                linear.addRow(LinearModel.Row(given, upper: 1, family: .suggestion, subject: input.visitors[v].id))
            }
            for r in rankedPairs(of: v) where !holdsSuggestions[r] {
                linear.addRow(LinearModel.Row([LinearModel.Term(columnOfPair[r]!)] + given, upper: 1, family: .suggestion,
                                              subject: "\(input.visitors[v].id)_\(input.sessions[pairs[r].session].id)"))
            }
        }
        if suggestions == .aggregated && !supplyColumn.isEmpty {
            let balance = supplyColumn.map { LinearModel.Term($0) }
                + inflowColumn.sorted { $0.key < $1.key }.map { LinearModel.Term($0.value, -1) }
            linear.addRow(LinearModel.Row(balance, lower: 0, upper: 0, family: .suggestion, subject: "balance"))
        }
    }

    /// pin: x(v,s) = 1 for every yes pin (a no pin removed its pairs from eligibility).
    mutating func addPinRows() {
        for (j, p) in pairs.enumerated() where p.pinned {
            linear.addRow(LinearModel.Row(terms([j]), lower: 1, family: .pin,
                                          subject: "\(input.visitors[p.visitor].id)_\(input.sessions[p.session].id)"))
        }
    }

    /// group: x(v,s) = x(w,s) for two members v, w of a group and every session s, as one column per
    /// group and session that every member's pair uses: a group is one decision for several people.
    mutating func shareGroupColumns() {
        for members in eligibility.groups {
            let first = pairsOfVisitor[members[0]]
            for w in members.dropFirst() {
                var pairOfSession: [Int: Int] = [:]
                for k in pairsOfVisitor[w] { pairOfSession[pairs[k].session] = k }
                for j in first {
                    guard let k = pairOfSession[pairs[j].session] else { continue }
                    columnOfPair[k] = columnOfPair[j]
                }
            }
        }
    }

    /// hostPerDay: Σ over a host's sessions of one date of Σ_v x(v,s) ≤ max_visitors_per_day.
    mutating func addHostPerDayRows() {
        for (h, host) in input.hosts.enumerated() {
            guard let limit = host.maxVisitorsPerDay else { continue }
            for sessions in sessionsByDate(ofHost: h) {
                guard sessions.reduce(0, { $0 + mostArrivals(at: $1) }) > limit else { continue }
                linear.addRow(LinearModel.Row(sessions.flatMap { arrivals(at: $0) }, upper: Double(limit), family: .hostPerDay,
                                              subject: "\(host.id)_\(input.sessions[sessions[0]].date)"))
            }
        }
    }

    /// c(v) ≤ Σ ranked x(v,s) + g(v): covered only with a session.
    mutating func addCoverageLinks() {
        guard tiers.contains(.coverage) || tiers.contains(.priority) else { return }
        for v in input.visitors.indices where !pairsOfVisitor[v].isEmpty {
            let c = linear.addColumn(.continuous(0, 1))
            coverageColumn[v] = c
            let row = [LinearModel.Term(c)] + rankedPairs(of: v).map { LinearModel.Term(columnOfPair[$0]!, -1) }
                + suggestionTerms(of: v).map { LinearModel.Term($0.column, -1) }
            linear.addRow(LinearModel.Row(row, upper: 0, subject: "covered_\(input.visitors[v].id)"))
        }
    }

    /// The columns g(v) (plain model), or h(a) per kind and u(s) per session, and g(v) where
    /// suggestions keep their own columns (aggregated).
    mutating func addSuggestionColumns() {
        switch suggestions {
        case .pairs:
            for v in input.visitors.indices where pairsOfVisitor[v].contains(where: { pairs[$0].isSuggestion }) {
                suggestionColumn[v] = linear.addColumn(.binary)
            }
        case .aggregated:
            supplyColumn = network.supplies.map { _ in linear.addColumn(.binary) }
            for s in network.sessions {
                inflowColumn[s] = linear.addColumn(.continuous(0, Double(input.sessions[s].capacity)))
            }
            // g(v) for a visitor some of whose suggestions keep their own columns (a group's, a kept one),
            // so that each "x(v,r) + g(v) ≤ 1" holds two terms rather than all of them.
            for v in input.visitors.indices
            where explicitSuggestionsOfVisitor[v].contains(where: { columnOfPair[$0] != nil }) {
                suggestionColumn[v] = linear.addColumn(.continuous(0, 1))
            }
        }
    }

    /// The sessions of host `h` (a position) that some pair reaches, grouped by date, dates in order.
    func sessionsByDate(ofHost h: Int) -> [[Int]] {
        let mine = input.sessions.indices.filter { eligibility.hostOfSession[$0] == h && !pairsOfSession[$0].isEmpty }
        return Dictionary(grouping: mine) { input.sessions[$0].date }.sorted { $0.key < $1.key }.map(\.value)
    }
}
