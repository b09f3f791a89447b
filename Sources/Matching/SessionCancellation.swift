import Scheduling

/// Why a session of a plan does not run, for the report a bassin team shows.
public enum CancellationCause: Hashable, Sendable {
    /// The host called it off (cancelled in sessions.csv).
    case calledOffByHost
    /// No visitor ranked the session or its host.
    case nobodyChose
    /// Some visitors ranked it, but none of them may go (language, time, organization, access).
    case nobodyEligible
    /// Too few visitors could be given it to reach its min_visitors.
    case minimumNotReached(Int)
    /// The visitors who could go were better served by other sessions.
    case visitorsPlacedElsewhere

    /// The cause of every cancelled session of `plan`, by session id.
    public static func causes(in plan: Plan, input: PlanningInput) -> [String: CancellationCause] {
        let eligibility = Eligibility(input)
        // Who ranked each session, from each visitor's choices once (not every visitor per session).
        var choosersOf: [Int: [Int]] = [:]
        for v in input.visitors.indices {
            for s in eligibility.rankedSessions(of: v) where eligibility.rank(visitor: v, session: s) != nil {
                choosersOf[s, default: []].append(v)
            }
        }
        var causes: [String: CancellationCause] = [:]
        for fill in plan.sessions where fill.status == .cancelled {
            guard let s = input.sessionPosition(fill.sessionID) else { continue }
            if input.sessions[s].cancelled {
                causes[fill.sessionID] = .calledOffByHost
                continue
            }
            let choosers = choosersOf[s] ?? []
            if choosers.isEmpty {
                causes[fill.sessionID] = .nobodyChose
            } else if !choosers.contains(where: { eligibility.isEligible(visitor: $0, session: s) }) {
                causes[fill.sessionID] = .nobodyEligible
            } else if input.sessions[s].minVisitors > 1 {
                causes[fill.sessionID] = .minimumNotReached(input.sessions[s].minVisitors)
            } else {
                causes[fill.sessionID] = .visitorsPlacedElsewhere
            }
        }
        return causes
    }
}
