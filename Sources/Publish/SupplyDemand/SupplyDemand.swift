import Matching
import Scheduling

/// Supply and demand of a week before matching: for each host, session, day, half-day and language
/// group, the places offered against the people who ranked them; wheelchair access; the hosts
/// where one more slot would serve most people; the sessions nobody chose.
///
/// Public API (the workspace's page 3): `SupplyDemand(input:)` computes every figure (no I/O),
/// `SupplyDemandPage.html(_:input:language:)` renders them as an HTML fragment. Visitors who
/// withdrew and sessions called off (contract §1 `cancelled`) count nowhere.
public struct SupplyDemand: Sendable {
    /// Visitors who did not withdraw.
    public let visitors: Int
    /// The most visits they may get: Σ max_visits.
    public let visitsWanted: Int
    /// Places in sessions that run (for hosts with a daily limit, at most that limit per date).
    public let places: Int
    /// Every host with a session that runs, in input order.
    public let hosts: [HostDemand]
    /// Every session that runs, by date, start time and id.
    public let sessions: [SessionDemand]
    /// Every day with a session that runs, in time order.
    public let days: [DayDemand]
    /// Every morning and afternoon with a session that runs, in time order.
    public let halfDays: [DayDemand]
    /// French only, Dutch only, bilingual and other, in that order.
    public let languages: [LanguageDemand]
    public let access: AccessDemand
    /// Hosts with eligible > places, by people one more slot serves = min(eligible − places, its largest running session's places capped by its daily limit), most first; ties: most unmet, most first choices, input order.
    public let oversubscribed: [HostDemand]
    /// Sessions that run and that no visitor ranked (by their id or their host's), in time order.
    public let nobodyChose: [SessionDemand]

    public init(input: PlanningInput) {
        let eligibility = Eligibility(input)
        let running = input.sessions.filter { !$0.cancelled }
        let people = input.visitors.filter { !$0.cancelled }
        visitors = people.count
        visitsWanted = people.reduce(0) { $0 + $1.maxVisits }

        var bySession: [String: Demand] = Dictionary(running.map { ($0.id, Demand(places: $0.capacity)) }) { a, _ in a }
        var byHost: [String: Demand] = [:]
        var byPeriod: [Period: Demand] = [:]
        var withoutAccessible = 0
        for visitor in people {
            let ranked = eligibility.rankedSessionsWithEligibility(ofVisitor: visitor.id).filter { bySession[$0.sessionID] != nil }
            var hostRanks: [String: (first: Bool, eligible: Bool)] = [:], periodRanks: [Period: (first: Bool, eligible: Bool)] = [:]
            for (id, rank, eligible) in ranked {
                bySession[id]!.anyRank += 1
                if rank == 1 { bySession[id]!.firstChoice += 1 }
                if eligible { bySession[id]!.eligible += 1 }
                let session = input.session(id)!
                let h = hostRanks[session.hostID] ?? (false, false)
                hostRanks[session.hostID] = (h.first || rank == 1, h.eligible || eligible)
                for key in Period.both(session) {
                    let d = periodRanks[key] ?? (false, false)
                    periodRanks[key] = (d.first || rank == 1, d.eligible || eligible)
                }
            }
            Self.count(hostRanks, into: &byHost)
            Self.count(periodRanks, into: &byPeriod)
            if visitor.needsAccess && !ranked.contains(where: { input.host(of: input.session($0.sessionID)!).accessible }) {
                withoutAccessible += 1
            }
        }

        sessions = running.sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
            .map { SessionDemand(sessionID: $0.id, hostID: $0.hostID, slot: $0.slot, demand: bySession[$0.id]!) }
        nobodyChose = sessions.filter(\.nobodyChose)
        hosts = input.hosts.compactMap { host -> HostDemand? in
            let own = running.filter { $0.hostID == host.id }
            guard !own.isEmpty else { return nil }
            var demand = byHost[host.id] ?? Demand()
            demand.places = Self.places(own, dailyLimit: host.maxVisitorsPerDay)
            let largest = own.map(\.capacity).max() ?? 0
            return HostDemand(hostID: host.id, sessions: own.count, demand: demand,
                              slotSize: min(largest, host.maxVisitorsPerDay ?? largest))
        }
        places = hosts.reduce(0) { $0 + $1.demand.places }
        let order = Dictionary(hosts.enumerated().map { ($1.hostID, $0) }) { a, _ in a }
        oversubscribed = hosts.filter(\.isOversubscribed).sorted {
            ($1.oneMoreSlotServes, $1.demand.unmet, $1.demand.firstChoice, order[$0.hostID]!)
                < ($0.oneMoreSlotServes, $0.demand.unmet, $0.demand.firstChoice, order[$1.hostID]!)
        }
        let periods = Dictionary(grouping: running.flatMap { s in Period.both(s).map { ($0, s) } }, by: \.0).map { key, list in
            var demand = byPeriod[key] ?? Demand()
            demand.places = list.reduce(0) { $0 + $1.1.capacity }
            return DayDemand(date: key.date, half: key.half, sessions: list.count, demand: demand)
        }.sorted(by: DayDemand.inTimeOrder)
        days = periods.filter { $0.half == nil }
        halfDays = periods.filter { $0.half != nil }
        languages = Self.languages(people, running)
        access = AccessDemand(
            visitors: people.filter(\.needsAccess).count,
            visitsWanted: people.filter(\.needsAccess).reduce(0) { $0 + $1.maxVisits },
            accessiblePlaces: running.filter { input.host(of: $0).accessible }.reduce(0) { $0 + $1.capacity },
            withoutAccessibleChoice: withoutAccessible)
    }

    /// The places of a host's sessions: per date, their capacities, at most the daily limit.
    static func places(_ sessions: [Session], dailyLimit: Int?) -> Int {
        Dictionary(grouping: sessions, by: \.date).values.reduce(0) { total, day in
            let capacity = day.reduce(0) { $0 + $1.capacity }
            return total + min(capacity, dailyLimit ?? capacity)
        }
    }

    /// One visitor's ranks, gathered per host, day or half-day, added to the counts (once per person).
    private static func count<Key: Hashable>(_ ranks: [Key: (first: Bool, eligible: Bool)], into demand: inout [Key: Demand]) {
        for (key, rank) in ranks {
            demand[key, default: Demand()].anyRank += 1
            if rank.first { demand[key]!.firstChoice += 1 }
            if rank.eligible { demand[key]!.eligible += 1 }
        }
    }

    /// French, Dutch, bilingual and other demand against the places given in those languages.
    private static func languages(_ people: [Visitor], _ running: [Session]) -> [LanguageDemand] {
        LanguageDemand.Group.allCases.map { group in
            let members = people.filter { LanguageDemand.Group($0.languages) == group }
            let spoken = Set(members.flatMap(\.languages))
            return LanguageDemand(
                group: group, visitors: members.count, visitsWanted: members.reduce(0) { $0 + $1.maxVisits },
                places: running.filter { LanguageDemand.Group($0.languages) == group }.reduce(0) { $0 + $1.capacity },
                placesTheyCanFollow: running.filter { $0.languages.contains(where: spoken.contains) }.reduce(0) { $0 + $1.capacity })
        }
    }

    /// A date, or its morning or afternoon, to gather sessions.
    private struct Period: Hashable {
        let date: LocalDate
        let half: DayDemand.Half?

        /// The day of a session and its half of that day.
        static func both(_ session: Session) -> [Period] {
            [Period(date: session.date, half: nil), Period(date: session.date, half: DayDemand.Half(start: session.start))]
        }
    }
}
