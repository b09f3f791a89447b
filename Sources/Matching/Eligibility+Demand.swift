import Scheduling

/// What each visitor asked for, before anything is planned: the supply-and-demand page counts it.
extension Eligibility {
    /// Every session visitor `id` ranked (its rank as §2 counts it: the first `max_choices`
    /// entries, a host naming each of its sessions), in input order, with whether the visitor may
    /// be sent there (every rule of §2); empty for an unknown visitor.
    public func rankedSessionsWithEligibility(ofVisitor id: String) -> [(sessionID: String, rank: Int, eligible: Bool)] {
        guard let v = input.visitorPosition(id) else { return [] }
        return rankedSessions(of: v).compactMap { s in
            rank(visitor: v, session: s).map { (input.sessions[s].id, $0, isEligible(visitor: v, session: s)) }
        }
    }
}
