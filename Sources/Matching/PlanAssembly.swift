import Scheduling

/// Turns solved assignments into a `Plan`: session fills, a reason for every visitor left out, and
/// what changed since the previous plan when re-planning.
struct PlanAssembly {
    let input: PlanningInput
    let eligibility: Eligibility

    func plan(status: Plan.Status, tiers: [TierResult], assignments: [Assignment], problems: [String] = []) -> Plan {
        var fill: [String: Int] = [:]
        for a in assignments { fill[a.sessionID, default: 0] += 1 }
        let sessions = input.sessions.map { SessionFill(sessionID: $0.id, assigned: fill[$0.id] ?? 0) }
        let served = Set(assignments.map(\.visitorID))
        let dayFill = self.dayFill(assignments)
        let unassigned = input.visitors.enumerated().filter { !served.contains($0.element.id) }.map { v, visitor in
            UnassignedVisitor(visitorID: visitor.id, reason: reason(for: v, fill: fill, dayFill: dayFill))
        }
        let changes = input.previous.map {
            PlanChange.between(previous: $0.assignments, current: assignments, visitors: input.visitors)
        } ?? []
        return Plan(status: status, objective: tiers, assignments: assignments, sessions: sessions, unassigned: unassigned,
                    previous: input.previous?.path, changes: changes, problems: problems)
    }

    /// Why visitor `v` got nothing, from the most basic cause to the most specific.
    func reason(for v: Int, fill: [String: Int], dayFill: [DayKey: Int]) -> UnassignedReason {
        let visitor = input.visitors[v]
        if visitor.cancelled { return .withdrew }
        if visitor.maxVisits < 1 { return .noVisitsAllowed }
        let list = eligibility.rankLists[v]
        if list.isEmpty && !visitor.openToSuggestions { return .noChoices }
        let possible = eligibility.rankedSessions(of: v).filter { obstacles(visitor: v, session: $0).isEmpty }
        if possible.isEmpty {
            if visitor.openToSuggestions && hasAnyEligibleSession(v) { return .noSuggestionLeft }
            if list.isEmpty { return .noChoices }
            return .noEligibleChoice(list.entries.map { obstacle(for: $0, visitor: v) })
        }
        return .choicesTaken(possible.map { s in
            let session = input.sessions[s]
            let assigned = fill[session.id] ?? 0
            if assigned >= session.capacity { return TakenSession(sessionID: session.id, state: .full(capacity: session.capacity)) }
            let host = input.host(of: session)
            if let limit = host.maxVisitorsPerDay, dayFill[DayKey(hostID: host.id, date: session.date), default: 0] >= limit {
                return TakenSession(sessionID: session.id, state: .hostDayFull(limit: limit))
            }
            if let group = eligibility.groups.first(where: { $0.contains(v) }), session.capacity - assigned < group.count {
                return TakenSession(sessionID: session.id, state: .tooFewForGroup(groupSize: group.count))
            }
            if assigned == 0 && session.minVisitors > 1 {
                return TakenSession(sessionID: session.id, state: .cancelled(minVisitors: session.minVisitors))
            }
            return TakenSession(sessionID: session.id, state: .leftUnused)
        })
    }

    /// Every rule that keeps visitor `v` out of session `s`: the team's and the host's decisions,
    /// rules 2–5, and the group.
    func obstacles(visitor v: Int, session s: Int) -> [Ineligibility] {
        if eligibility.isPinned(visitor: v, session: s) { return [] }
        var found: [Ineligibility] = []
        if input.sessions[s].cancelled { found.append(.calledOff) }
        if eligibility.pinned[v]?[s] == false { found.append(.ruledOutByTeam) }
        found += eligibility.obstacles(visitor: v, session: s)
        if found.isEmpty, let group = eligibility.groups.first(where: { $0.contains(v) }),
           group.contains(where: { $0 != v && !eligibility.isEligible(visitor: $0, session: s) }) {
            found.append(.groupCannotGo)
        }
        return found
    }

    /// Why one entry of a rank list (a host or a session) is out of reach for visitor `v`.
    private func obstacle(for choice: String, visitor v: Int) -> ChoiceObstacle {
        let sessions = input.sessions.indices.filter { input.sessions[$0].id == choice || input.sessions[$0].hostID == choice }
        guard !sessions.isEmpty else { return ChoiceObstacle(choice: choice, reasons: [.noSessions]) }
        let reasons = Set(sessions.flatMap { obstacles(visitor: v, session: $0) })
        return ChoiceObstacle(choice: choice, reasons: reasons.sorted())
    }

    private func hasAnyEligibleSession(_ v: Int) -> Bool {
        input.sessions.indices.contains { obstacles(visitor: v, session: $0).isEmpty }
    }

    /// A host on one date, for the daily limit.
    struct DayKey: Hashable {
        let hostID: String
        let date: LocalDate
    }

    /// Visitors each host receives on each date.
    private func dayFill(_ assignments: [Assignment]) -> [DayKey: Int] {
        var fill: [DayKey: Int] = [:]
        for a in assignments {
            guard let session = input.session(a.sessionID) else { continue }
            fill[DayKey(hostID: session.hostID, date: session.date), default: 0] += 1
        }
        return fill
    }
}
