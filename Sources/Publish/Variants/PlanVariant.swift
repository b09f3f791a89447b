import Scheduling

/// One thing changed in a week, to plan it again and compare: max visits per person, the
/// objective's order, a session added, removed or resized, or a host's daily limit.
///
/// Public API (the workspace's page 4, variants): `variant.applied(to: input) throws -> PlanningInput`
/// gives the changed input (pure; the server plans it), `variant.summary(base:language:)` says
/// in a line what changed, and a refused change throws a `VariantError` whose
/// `message(in:)` says why in the team's language.
public enum PlanVariant: Hashable, Sendable {
    /// Every visitor may get at most this many visits (≥ 1), and it becomes the event's
    /// default_max_visits; a visitor whose max_visits is 0 keeps 0 (they asked for no visit).
    case maxVisits(Int)
    /// The tiers in this order, most important first: distinct, among priority, coverage,
    /// preference and mix (a re-plan still puts keep first).
    case objective([ObjectiveTier])
    /// A new session: its id names no host or session yet, its host exists, capacity ≥ 1,
    /// 1 ≤ min_visitors ≤ capacity; no languages means the host's.
    case addSession(Session)
    /// The session is taken out of the week as if never opened: its row, the pins naming it and
    /// the choices naming its id go (a choice of an id that names nothing is an input error,
    /// contract §1); later choices move up one rank, a choice of its host stays.
    case removeSession(String)
    /// The session's capacity becomes this (≥ 1, and not below its min_visitors).
    case resizeSession(String, capacity: Int)
    /// The host's max_visitors_per_day becomes this (≥ 1), or no cap when nil.
    case hostDailyLimit(String, Int?)

    /// The changed input: everything else, and the previous plan when re-planning, as it was.
    public func applied(to input: PlanningInput) throws(VariantError) -> PlanningInput {
        var event = input.event, hosts = input.hosts, sessions = input.sessions
        var visitors = input.visitors, pins = input.pins
        switch self {
        case .maxVisits(let n):
            guard n >= 1 else { throw .tooSmall(.maxVisits, least: 1, found: n) }
            event.defaultMaxVisits = n
            for i in visitors.indices where visitors[i].maxVisits > 0 { visitors[i].maxVisits = n }
        case .objective(let tiers):
            guard !tiers.isEmpty, Set(tiers).count == tiers.count, tiers.allSatisfy(ObjectiveTier.stated.contains) else {
                throw .objective
            }
            event.objective = tiers
        case .addSession(var session):
            guard let host = input.host(session.hostID) else { throw .unknownHost(session.hostID) }
            guard input.session(session.id) == nil, input.host(session.id) == nil, !session.id.trimmingSpaces().isEmpty else {
                throw .idTaken(session.id)
            }
            try Self.check(capacity: session.capacity, minimum: session.minVisitors, session: session.id)
            if session.languages.isEmpty { session.languages = host.languages }
            sessions.append(session)
        case .removeSession(let id):
            guard input.session(id) != nil else { throw .unknownSession(id) }
            sessions.removeAll { $0.id == id }
            pins.removeAll { $0.target == .session(id) }
            for i in visitors.indices { visitors[i].choices.removeAll { $0.trimmingSpaces() == id } }
        case .resizeSession(let id, let capacity):
            guard let i = input.sessionPosition(id) else { throw .unknownSession(id) }
            try Self.check(capacity: capacity, minimum: sessions[i].minVisitors, session: id)
            sessions[i].capacity = capacity
        case .hostDailyLimit(let id, let limit):
            guard let i = input.hostPosition(id) else { throw .unknownHost(id) }
            if let limit, limit < 1 { throw .tooSmall(.dailyLimit, least: 1, found: limit) }
            hosts[i].maxVisitorsPerDay = limit
        }
        return PlanningInput(event: event, hosts: hosts, sessions: sessions, visitors: visitors, pins: pins,
                             previous: input.previous)
    }

    /// A capacity of at least 1 and a minimum from 1 to that capacity.
    private static func check(capacity: Int, minimum: Int, session: String) throws(VariantError) {
        guard capacity >= 1 else { throw .tooSmall(.capacity, least: 1, found: capacity) }
        guard minimum >= 1 else { throw .tooSmall(.minimum, least: 1, found: minimum) }
        guard minimum <= capacity else { throw .minimumAboveCapacity(session: session, minimum: minimum, capacity: capacity) }
    }
}
