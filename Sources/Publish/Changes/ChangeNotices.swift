import Scheduling

/// What a re-plan changes for each person, from the previous plan's assignments and the new
/// plan's `changes` (contract §6): for each visitor in `changes`, the visits that are new and
/// those that are gone with why; for each host whose roster changed, who joins and who leaves
/// each session. Nobody else has a notice. Empty without a previous plan.
struct ChangeNotices: Sendable {
    /// Why a visit is gone.
    enum Cause: Sendable, Equatable {
        /// The visitor withdrew.
        case withdrew
        /// The host called the session off (or it left the input).
        case calledOff
        /// The session has fewer places than the people it had.
        case fewerPlaces
        /// Too few people are left for the session to run (min_visitors).
        case tooFew
        /// Anything else: the visit is no longer possible for the visitor.
        case other
    }

    /// The changes of one visitor.
    struct VisitorNotice: Sendable {
        let visitor: Visitor
        /// Session ids the visitor gains, sorted.
        let added: [String]
        /// Session ids the visitor loses, sorted, each with why.
        let removed: [(sessionID: String, cause: Cause)]
    }

    /// The changes of one session of a host.
    struct SessionChange: Sendable {
        let session: Session
        /// Visitors who come now and did not before; then those who no longer come. By name.
        let joined: [Visitor]
        let left: [Visitor]
        /// The host called it off and people were expected.
        let calledOff: Bool
    }

    /// The changes of one host whose roster changed, sessions in time order.
    struct HostNotice: Sendable {
        let host: Host
        let sessions: [SessionChange]
    }

    /// In visitor id order.
    let visitors: [VisitorNotice]
    /// In input order.
    let hosts: [HostNotice]
    /// Places a visitor received that another visitor held in the previous plan: (visitor, session),
    /// by visitor id then session id.
    let freed: [(visitorID: String, sessionID: String)]

    init(plan: Plan, input: PlanningInput) {
        guard let previous = input.previous else {
            visitors = []
            hosts = []
            freed = []
            return
        }
        var before: [String: Set<String>] = [:], after: [String: Set<String>] = [:]
        for a in previous.assignments { before[a.sessionID, default: []].insert(a.visitorID) }
        for a in plan.assignments { after[a.sessionID, default: []].insert(a.visitorID) }
        visitors = plan.changes.compactMap { change -> VisitorNotice? in
            guard let visitor = input.visitor(change.visitorID) else { return nil }
            return VisitorNotice(visitor: visitor, added: change.added, removed: change.removed.map { id in
                let session = input.session(id)
                let cause: Cause
                if visitor.cancelled { cause = .withdrew }
                else if session?.cancelled ?? true { cause = .calledOff }
                else if (before[id]?.count ?? 0) > session!.capacity { cause = .fewerPlaces }
                else if (after[id] ?? []).isEmpty && session!.minVisitors > 1 { cause = .tooFew }
                else { cause = .other }
                return (id, cause)
            })
        }
        let byName = { (ids: Set<String>) -> [Visitor] in
            ids.compactMap(input.visitor).sorted { ($0.lastName, $0.firstName, $0.id) < ($1.lastName, $1.firstName, $1.id) }
        }
        hosts = input.hosts.compactMap { host -> HostNotice? in
            let sessions = input.sessions(ofHost: host.id)
                .sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
                .compactMap { s -> SessionChange? in
                    let old = before[s.id] ?? [], new = after[s.id] ?? []
                    let joined = byName(new.subtracting(old)), left = byName(old.subtracting(new))
                    guard !joined.isEmpty || !left.isEmpty else { return nil }
                    return SessionChange(session: s, joined: joined, left: left, calledOff: s.cancelled)
                }
            return sessions.isEmpty ? nil : HostNotice(host: host, sessions: sessions)
        }
        freed = plan.changes.flatMap { change in
            change.added.filter { s in
                !(before[s] ?? []).subtracting(after[s] ?? []).subtracting([change.visitorID]).isEmpty
            }.map { (change.visitorID, $0) }
        }
    }
}
