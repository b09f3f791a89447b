import Scheduling

/// Builds small planning inputs in a few lines, for tests whose optimum is known by hand.
struct InstanceBuilder {
    var event = Event(name: "Test week")
    var hosts: [Host] = []
    var sessions: [Session] = []
    var visitors: [Visitor] = []
    var pins: [Pin] = []
    var previous: PreviousPlan?

    static let day = LocalDate(iso: "2025-11-04")!

    /// Adds a host at optional coordinates.
    mutating func host(_ id: String, languages: [Language] = ["fr"], organization: String? = nil,
                       sector: String? = nil, at coordinates: (Double, Double)? = nil, accessible: Bool = false,
                       maxPerDay: Int? = nil) {
        hosts.append(Host(id: id, name: "Host \(id)", organization: organization, sector: sector,
                          coordinates: coordinates.flatMap { Coordinates(latitude: $0.0, longitude: $0.1) },
                          languages: languages, accessible: accessible, maxVisitorsPerDay: maxPerDay))
    }

    /// Adds a session of `host` from `start` to `end` ("HH:MM") on `date`.
    mutating func session(_ id: String, host: String, _ start: String = "10:00", _ end: String = "11:00",
                          date: LocalDate = InstanceBuilder.day, capacity: Int = 10, minVisitors: Int = 1,
                          languages: [Language]? = nil, kind: Session.Kind = .visit, cancelled: Bool = false) {
        let hostLanguages = hosts.first { $0.id == host }!.languages
        sessions.append(Session(id: id, hostID: host, kind: kind,
                                slot: TimeWindow(date: date, start: TimeOfDay(hhmm: start)!, end: TimeOfDay(hhmm: end)!)!,
                                capacity: capacity, minVisitors: minVisitors, languages: languages ?? hostLanguages,
                                cancelled: cancelled))
    }

    /// Adds a visitor with ranked choices.
    mutating func visitor(_ id: String, choices: [String], languages: [Language] = ["fr"], maxVisits: Int = 2,
                          organization: String? = nil, sector: String? = nil, available: [String] = [],
                          needsAccess: Bool = false, open: Bool = false, cancelled: Bool = false,
                          group: String? = nil, priority: Bool = false) {
        visitors.append(Visitor(id: id, firstName: "First\(id)", lastName: "Last\(id)", email: "\(id.lowercased())@example.org",
                                organization: organization, sector: sector, languages: languages, maxVisits: maxVisits,
                                choices: choices, available: available.map { TimeWindow(availability: $0)! },
                                needsAccess: needsAccess, openToSuggestions: open, cancelled: cancelled, group: group,
                                priority: priority))
    }

    /// Adds a pin of the team: `yes` gives the session, `no` rules out the session or host.
    mutating func pin(_ visitor: String, session: String? = nil, host: String? = nil, _ assigns: Bool) {
        pins.append(Pin(visitorID: visitor, target: session.map(Pin.Target.session) ?? .host(host!), assigns: assigns,
                        line: pins.count + 2))
    }

    /// Says which sessions people were told: "V1 S1" pairs.
    mutating func told(_ pairs: [String]) {
        previous = PreviousPlan(path: "previous", assignments: pairs.map {
            let parts = $0.split(separator: " ").map(String.init)
            return Assignment(visitorID: parts[0], sessionID: parts[1], rank: nil)
        })
    }

    var input: PlanningInput {
        PlanningInput(event: event, hosts: hosts, sessions: sessions, visitors: visitors, pins: pins, previous: previous)
    }
}
