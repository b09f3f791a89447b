/// One visitor's week: their sessions in time order, each with its host.
public struct VisitorSchedule: Sendable {
    public let visitor: Visitor
    public let visits: [Visit]
    /// Why the visitor got nothing, when `visits` is empty.
    public let unassignedReason: UnassignedReason?

    /// A session on the visitor's schedule.
    public struct Visit: Sendable {
        public let session: Session
        public let host: Host
        /// The rank the visitor gave it; nil for a suggestion.
        public let rank: Int?
    }
}

/// One host's sessions in time order, each with the visitors who come.
public struct HostRoster: Sendable {
    public let host: Host
    public let entries: [Entry]

    /// A session of the host and who comes to it.
    public struct Entry: Sendable {
        public let session: Session
        public let status: SessionFill.Status
        /// Sorted by last name, then first name, then id.
        public let visitors: [Visitor]
    }
}

extension Plan {
    /// The schedule of one visitor of `input` (for many, build one `PlanViews`).
    public func schedule(for visitor: Visitor, in input: PlanningInput) -> VisitorSchedule {
        PlanViews(self, input: input).schedule(for: visitor)
    }

    /// The roster of one host of `input` (for many, build one `PlanViews`).
    public func roster(for host: Host, in input: PlanningInput) -> HostRoster {
        PlanViews(self, input: input).roster(for: host)
    }
}
