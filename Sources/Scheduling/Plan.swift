/// The outcome of planning: who goes where, which sessions run, who got nothing and why.
public struct Plan: Hashable, Sendable {
    public var status: Status
    /// The value reached and the best bound known for each tier, in the event's order.
    public var objective: [TierResult]
    /// Sorted by visitor id, then session id.
    public var assignments: [Assignment]
    /// Every session of the input, in input order.
    public var sessions: [SessionFill]
    /// Every visitor without a session, in input order.
    public var unassigned: [UnassignedVisitor]
    /// The previous plan's folder as the team gave it, when re-planning.
    public var previous: String?
    /// Per visitor, what differs from the previous plan, sorted by visitor id (re-planning only).
    public var changes: [PlanChange]
    /// Why no plan could be made (status infeasible): the pins to look at, in words.
    public var problems: [String]

    /// How far the solve got.
    public enum Status: String, Hashable, Sendable {
        /// Every tier is proven optimal.
        case optimal
        /// A time limit stopped the search; the bounds say how far from optimal it may be.
        case feasible
        /// No plan satisfies the hard constraints: the team's yes pins cannot all hold together
        /// (without them, assigning nobody is always allowed).
        case infeasible
    }

    public init(status: Status, objective: [TierResult], assignments: [Assignment],
                sessions: [SessionFill], unassigned: [UnassignedVisitor], previous: String? = nil,
                changes: [PlanChange] = [], problems: [String] = []) {
        self.status = status
        self.objective = objective
        self.assignments = assignments
        self.sessions = sessions
        self.unassigned = unassigned
        self.previous = previous
        self.changes = changes
        self.problems = problems
    }
}

/// The value of one tier in a plan and the best bound the solver proved for it.
public struct TierResult: Hashable, Sendable {
    public var tier: ObjectiveTier
    public var value: Int
    public var bound: Int

    public init(tier: ObjectiveTier, value: Int, bound: Int) {
        self.tier = tier
        self.value = value
        self.bound = bound
    }

    public var isProven: Bool { value == bound }
}

/// One visitor placed in one session.
public struct Assignment: Hashable, Sendable {
    public var visitorID: String
    public var sessionID: String
    /// The rank of the session in the visitor's choices; nil for a suggestion.
    public var rank: Int?

    public init(visitorID: String, sessionID: String, rank: Int?) {
        self.visitorID = visitorID
        self.sessionID = sessionID
        self.rank = rank
    }
}

/// How many visitors a session got, and whether it runs.
public struct SessionFill: Hashable, Sendable {
    public var sessionID: String
    public var assigned: Int
    public var status: Status

    public enum Status: String, Hashable, Sendable {
        /// At least one visitor comes.
        case open
        /// Nobody comes: nobody eligible, nobody chose it, or min_visitors not reached.
        case cancelled
    }

    public init(sessionID: String, assigned: Int) {
        self.sessionID = sessionID
        self.assigned = assigned
        status = assigned > 0 ? .open : .cancelled
    }
}

/// A visitor who got no session, with the reason.
public struct UnassignedVisitor: Hashable, Sendable {
    public var visitorID: String
    public var reason: UnassignedReason

    public init(visitorID: String, reason: UnassignedReason) {
        self.visitorID = visitorID
        self.reason = reason
    }
}
