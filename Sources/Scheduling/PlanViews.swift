/// Every visitor's schedule and every host's roster of one plan, from one pass over its assignments.
///
/// Publishing asks for all of them: looked up one by one, each schedule scanned every assignment and
/// each roster every assignment and session, 15% of publishing a region's plan.
public struct PlanViews: Sendable {
    public let plan: Plan
    public let input: PlanningInput
    private let assignmentsOfVisitor: [String: [Assignment]]
    private let visitorsOfSession: [String: [Visitor]]
    private let fills: [String: SessionFill.Status]
    private let reasons: [String: UnassignedReason]
    private let sessionsOfHost: [String: [Session]]

    public init(_ plan: Plan, input: PlanningInput) {
        self.plan = plan
        self.input = input
        var byVisitor: [String: [Assignment]] = [:], bySession: [String: [Visitor]] = [:]
        for a in plan.assignments {
            byVisitor[a.visitorID, default: []].append(a)
            if let v = input.visitor(a.visitorID) { bySession[a.sessionID, default: []].append(v) }
        }
        assignmentsOfVisitor = byVisitor
        visitorsOfSession = bySession
        fills = Dictionary(plan.sessions.map { ($0.sessionID, $0.status) }, uniquingKeysWith: { first, _ in first })
        reasons = Dictionary(plan.unassigned.map { ($0.visitorID, $0.reason) }, uniquingKeysWith: { first, _ in first })
        sessionsOfHost = Dictionary(grouping: input.sessions, by: \.hostID)
    }

    /// The schedule of one visitor of the input: their sessions in time order.
    public func schedule(for visitor: Visitor) -> VisitorSchedule {
        let visits = (assignmentsOfVisitor[visitor.id] ?? []).compactMap { a -> VisitorSchedule.Visit? in
            guard let session = input.session(a.sessionID) else { return nil }
            return VisitorSchedule.Visit(session: session, host: input.host(of: session), rank: a.rank)
        }.sorted { ($0.session.date, $0.session.start, $0.session.id) < ($1.session.date, $1.session.start, $1.session.id) }
        return VisitorSchedule(visitor: visitor, visits: visits, unassignedReason: reasons[visitor.id])
    }

    /// The roster of one host of the input: its sessions in time order, each with its visitors by name.
    public func roster(for host: Host) -> HostRoster {
        let entries = (sessionsOfHost[host.id] ?? [])
            .sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
            .map { s in
                HostRoster.Entry(session: s, status: fills[s.id] ?? .cancelled,
                                 visitors: (visitorsOfSession[s.id] ?? []).sorted {
                                     ($0.lastName, $0.firstName, $0.id) < ($1.lastName, $1.firstName, $1.id)
                                 })
            }
        return HostRoster(host: host, entries: entries)
    }
}
