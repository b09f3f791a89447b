import Scheduling

/// The assignments of the previous plan that a re-plan cannot keep (contract §6), each with why,
/// so that the team hears of them before the people concerned do.
public enum PreviousPlanCheck {
    /// One warning per previous assignment that cannot be kept, in the previous plan's order.
    public static func warnings(_ input: PlanningInput) -> [String] {
        guard let previous = input.previous else { return [] }
        let eligibility = Eligibility(input)
        return previous.assignments.compactMap { a in
            let pair = "\(a.visitorID) in \(a.sessionID)"
            guard let v = input.visitorPosition(a.visitorID) else {
                return "the previous plan gave \(pair), but visitor \(a.visitorID) is no longer in visitors.csv"
            }
            guard let s = input.sessionPosition(a.sessionID) else {
                return "the previous plan gave \(pair), but session \(a.sessionID) is no longer in sessions.csv"
            }
            if input.visitors[v].cancelled { return "\(pair) cannot be kept: \(a.visitorID) withdrew" }
            if input.sessions[s].cancelled { return "\(pair) cannot be kept: the host called \(a.sessionID) off" }
            if eligibility.pinned[v]?[s] == false { return "\(pair) cannot be kept: a no pin of the team rules it out" }
            guard eligibility.isEligible(visitor: v, session: s) else {
                let why = eligibility.obstacles(visitor: v, session: s).map(describe)
                return "\(pair) cannot be kept: it is no longer eligible"
                    + (why.isEmpty ? "" : " (" + why.joined(separator: ", ") + ")")
            }
            return nil
        }
    }

    private static func describe(_ rule: Ineligibility) -> String {
        switch rule {
        case .notAvailable: return "outside the visitor's availability"
        case .noCommonLanguage: return "no common language"
        case .ownOrganization: return "the visitor's own organization"
        case .notAccessible: return "not wheelchair accessible"
        case .noSessions, .calledOff: return "the session is called off"
        case .ruledOutByTeam: return "ruled out by the team"
        case .groupCannotGo: return "not possible for the whole group"
        }
    }
}
