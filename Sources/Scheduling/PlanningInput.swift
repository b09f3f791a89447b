/// Everything a plan is made from: the event, its hosts and sessions, and the visitors.
///
/// Built by Import after validation, so ids are unique and every reference resolves.
public struct PlanningInput: Sendable {
    public let event: Event
    public let hosts: [Host]
    public let sessions: [Session]
    public let visitors: [Visitor]
    /// The team's decisions (pins.csv), in file order.
    public let pins: [Pin]
    /// The plan people were told, when re-planning.
    public var previous: PreviousPlan?

    private let hostIndex: [String: Int]
    private let sessionIndex: [String: Int]
    private let visitorIndex: [String: Int]

    /// Creates the input; ids must be unique and every session's host must exist.
    /// When the event does not give its objective, it is the contract's default for these visitors.
    public init(event: Event, hosts: [Host], sessions: [Session], visitors: [Visitor], pins: [Pin] = [],
                previous: PreviousPlan? = nil) {
        self.event = event.withDefaultObjective(priorityVisitors: visitors.contains(where: \.priority))
        self.pins = pins
        self.previous = previous
        self.hosts = hosts
        self.sessions = sessions
        self.visitors = visitors
        hostIndex = Dictionary(hosts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        sessionIndex = Dictionary(sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        visitorIndex = Dictionary(visitors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        precondition(sessions.allSatisfy { hostIndex[$0.hostID] != nil }, "every session's host must exist")
    }

    /// The tiers maximised, most important first: `keep` when re-planning, then the event's objective.
    public var tiers: [ObjectiveTier] { (previous == nil ? [] : [.keep]) + event.objective }

    public func host(_ id: String) -> Host? { hostIndex[id].map { hosts[$0] } }
    public func session(_ id: String) -> Session? { sessionIndex[id].map { sessions[$0] } }
    public func visitor(_ id: String) -> Visitor? { visitorIndex[id].map { visitors[$0] } }

    /// The host of a session of this input.
    public func host(of session: Session) -> Host { hosts[hostIndex[session.hostID]!] }

    /// Position of a host, session or visitor in its list, for dense indexing.
    public func hostPosition(_ id: String) -> Int? { hostIndex[id] }
    public func sessionPosition(_ id: String) -> Int? { sessionIndex[id] }
    public func visitorPosition(_ id: String) -> Int? { visitorIndex[id] }

    /// The sessions of one host, in input order.
    public func sessions(ofHost id: String) -> [Session] { sessions.filter { $0.hostID == id } }
}
