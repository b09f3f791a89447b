import Scheduling

/// The ranked choices a visitor could still be sent to, for the waiting lists that Publish shows.
extension Eligibility {
    /// The sessions visitor `id` ranked and may be sent to (every rule of §2 holds), each with
    /// its rank, best rank first, then in input order; empty for an unknown or withdrawn visitor.
    public func rankedEligibleSessions(ofVisitor id: String) -> [(sessionID: String, rank: Int)] {
        guard let v = input.visitorPosition(id) else { return [] }
        return rankedSessions(of: v).compactMap { s -> (sessionID: String, rank: Int, position: Int)? in
            guard let rank = rank(visitor: v, session: s), isEligible(visitor: v, session: s) else { return nil }
            return (input.sessions[s].id, rank, s)
        }
        .sorted { ($0.rank, $0.position) < ($1.rank, $1.position) }
        .map { ($0.sessionID, $0.rank) }
    }
}

extension Eligibility {
    /// The host and session ids visitor `id` ranked, best first, as the contract counts them
    /// (duplicates dropped, the first `max_choices` kept); empty for an unknown visitor.
    public func rankedChoices(ofVisitor id: String) -> [String] {
        input.visitorPosition(id).map { rankLists[$0].entries } ?? []
    }
}
