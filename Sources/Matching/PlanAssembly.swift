import Scheduling

/// Turns solved assignments into a `Plan`: session fills, and a reason for every visitor left out.
struct PlanAssembly {
    let input: PlanningInput
    let eligibility: Eligibility

    func plan(status: Plan.Status, tiers: [TierResult], assignments: [Assignment]) -> Plan {
        var fill: [String: Int] = [:]
        for a in assignments { fill[a.sessionID, default: 0] += 1 }
        let sessions = input.sessions.map { SessionFill(sessionID: $0.id, assigned: fill[$0.id] ?? 0) }
        let served = Set(assignments.map(\.visitorID))
        let unassigned = input.visitors.enumerated().filter { !served.contains($0.element.id) }.map { v, visitor in
            UnassignedVisitor(visitorID: visitor.id, reason: reason(for: v, fill: fill))
        }
        return Plan(status: status, objective: tiers, assignments: assignments, sessions: sessions, unassigned: unassigned)
    }

    /// Why visitor `v` got nothing, from the most basic cause to the most specific.
    func reason(for v: Int, fill: [String: Int]) -> UnassignedReason {
        let visitor = input.visitors[v]
        if visitor.maxVisits < 1 { return .noVisitsAllowed }
        let list = eligibility.rankLists[v]
        if list.isEmpty && !visitor.openToSuggestions { return .noChoices }
        let possible = eligibility.rankedSessions(of: v).filter { eligibility.obstacles(visitor: v, session: $0).isEmpty }
        if possible.isEmpty {
            if visitor.openToSuggestions && hasAnyEligibleSession(v) { return .noSuggestionLeft }
            if list.isEmpty { return .noChoices }
            return .noEligibleChoice(list.entries.map { obstacle(for: $0, visitor: v) })
        }
        return .choicesTaken(possible.map { s in
            let session = input.sessions[s]
            let assigned = fill[session.id] ?? 0
            if assigned >= session.capacity { return TakenSession(sessionID: session.id, state: .full(capacity: session.capacity)) }
            if assigned == 0 && session.minVisitors > 1 {
                return TakenSession(sessionID: session.id, state: .cancelled(minVisitors: session.minVisitors))
            }
            return TakenSession(sessionID: session.id, state: .leftUnused)
        })
    }

    /// Why one entry of a rank list (a host or a session) is out of reach for visitor `v`.
    private func obstacle(for choice: String, visitor v: Int) -> ChoiceObstacle {
        let sessions = input.sessions.indices.filter { input.sessions[$0].id == choice || input.sessions[$0].hostID == choice }
        guard !sessions.isEmpty else { return ChoiceObstacle(choice: choice, reasons: [.noSessions]) }
        let reasons = Set(sessions.flatMap { eligibility.obstacles(visitor: v, session: $0) })
        return ChoiceObstacle(choice: choice, reasons: reasons.sorted())
    }

    private func hasAnyEligibleSession(_ v: Int) -> Bool {
        input.sessions.indices.contains { eligibility.obstacles(visitor: v, session: $0).isEmpty }
    }
}
