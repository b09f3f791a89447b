/// Why a visitor got no session, precise enough for the team to act on.
public enum UnassignedReason: Hashable, Sendable {
    /// The visitor withdrew (cancelled in visitors.csv).
    case withdrew
    /// The visitor's max_visits is 0.
    case noVisitsAllowed
    /// The visitor ranked nothing (or only ids past max_choices) and is not open to suggestions.
    case noChoices
    /// Every ranked choice is ruled out, each for the reasons listed; no suggestion was possible.
    case noEligibleChoice([ChoiceObstacle])
    /// Some ranked sessions were possible, but each was full or cancelled in the optimal plan.
    case choicesTaken([TakenSession])
    /// Open to suggestions, nothing ranked was possible, and no session could take one more.
    case noSuggestionLeft
}

/// A ranked choice (host or session id) and why the visitor cannot be sent there.
public struct ChoiceObstacle: Hashable, Sendable {
    public var choice: String
    public var reasons: [Ineligibility]

    public init(choice: String, reasons: [Ineligibility]) {
        self.choice = choice
        self.reasons = reasons
    }
}

/// One rule of eligibility that a (visitor, session) pair breaks.
public enum Ineligibility: Hashable, Sendable, Comparable {
    /// The session does not lie inside the visitor's availability.
    case notAvailable
    /// The session and the visitor share no language.
    case noCommonLanguage
    /// The host belongs to the visitor's own organization.
    case ownOrganization
    /// The visitor needs wheelchair access and the host is not accessible.
    case notAccessible
    /// The chosen host opens no session at all.
    case noSessions
    /// The host called the session off.
    case calledOff
    /// The team ruled the pair out (a `no` pin).
    case ruledOutByTeam
    /// Another member of the visitor's group cannot have it, and the group goes together.
    case groupCannotGo
}

/// A session the visitor could have had, and what stood in the way.
public struct TakenSession: Hashable, Sendable {
    public var sessionID: String
    public var state: State

    public enum State: Hashable, Sendable {
        /// All places went to other visitors.
        case full(capacity: Int)
        /// The session did not reach its min_visitors and does not run.
        case cancelled(minVisitors: Int)
        /// The host had received its most visitors for that day (max_visitors_per_day).
        case hostDayFull(limit: Int)
        /// Places were left, but fewer than the visitor's group, which goes together.
        case tooFewForGroup(groupSize: Int)
        /// Places were left, but the plan did not use them: only possible when the search stopped
        /// at a time limit or the event's objective leaves out coverage and preference.
        case leftUnused
    }

    public init(sessionID: String, state: State) {
        self.sessionID = sessionID
        self.state = state
    }
}
