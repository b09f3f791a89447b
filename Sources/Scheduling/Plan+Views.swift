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
    /// The schedule of one visitor of `input`.
    public func schedule(for visitor: Visitor, in input: PlanningInput) -> VisitorSchedule {
        let visits = assignments.filter { $0.visitorID == visitor.id }.compactMap { a -> VisitorSchedule.Visit? in
            guard let session = input.session(a.sessionID) else { return nil }
            return VisitorSchedule.Visit(session: session, host: input.host(of: session), rank: a.rank)
        }.sorted { ($0.session.date, $0.session.start, $0.session.id) < ($1.session.date, $1.session.start, $1.session.id) }
        let reason = unassigned.first { $0.visitorID == visitor.id }?.reason
        return VisitorSchedule(visitor: visitor, visits: visits, unassignedReason: reason)
    }

    /// The roster of one host of `input`.
    public func roster(for host: Host, in input: PlanningInput) -> HostRoster {
        var bySession: [String: [Visitor]] = [:]
        for a in assignments {
            if let v = input.visitor(a.visitorID) { bySession[a.sessionID, default: []].append(v) }
        }
        let fills = Dictionary(sessions.map { ($0.sessionID, $0.status) }, uniquingKeysWith: { a, _ in a })
        let entries = input.sessions(ofHost: host.id)
            .sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
            .map { s in
                HostRoster.Entry(session: s, status: fills[s.id] ?? .cancelled,
                                 visitors: (bySession[s.id] ?? []).sorted {
                                     ($0.lastName, $0.firstName, $0.id) < ($1.lastName, $1.firstName, $1.id)
                                 })
            }
        return HostRoster(host: host, entries: entries)
    }
}
