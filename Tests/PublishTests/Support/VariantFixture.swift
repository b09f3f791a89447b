import Scheduling

/// A small invented week and three plans of it made by hand (synthetic data): the week as it is
/// (SN1 has one place), SN1 resized to 2, and at most one visit per person.
enum VariantFixture {
    static func slot(_ day: String, _ start: String, _ end: String) -> TimeWindow { Fixture.slot(day, start, end) }

    static let hosts: [Host] = [
        Host(id: "HF", name: "Service F", sector: "CPAS", languages: ["fr"]),
        Host(id: "HN", name: "Dienst <N>", sector: "OCMW", languages: ["nl"], maxVisitorsPerDay: 4),
    ]

    static let sessions: [Session] = [
        Session(id: "SF1", hostID: "HF", slot: slot("2025-11-04", "09:00", "11:00"), capacity: 2, languages: ["fr"]),
        Session(id: "SN1", hostID: "HN", slot: slot("2025-11-04", "14:00", "16:00"), capacity: 1, languages: ["nl"]),
        Session(id: "SN2", hostID: "HN", slot: slot("2025-11-05", "10:00", "12:00"), capacity: 3, minVisitors: 3, languages: ["nl"]),
    ]

    static func visitor(_ id: String, _ languages: [Language], _ choices: [String], sector: String? = nil,
                        maxVisits: Int = 2, cancelled: Bool = false) -> Visitor {
        Visitor(id: id, firstName: "Prénom\(id)", lastName: "Nom\(id)", email: "\(id.lowercased())@example.org",
                sector: sector, languages: languages, maxVisits: maxVisits, choices: choices, cancelled: cancelled)
    }

    static let visitors: [Visitor] = [
        visitor("A", ["fr", "nl"], ["SF1", "SN1"], sector: "maison médicale"),
        visitor("B", ["nl"], ["SN1"], sector: "OCMW"),
        visitor("C", ["fr"], ["SF1", "SN2", "HF"]),
        visitor("D", ["fr", "nl"], ["SN2"], maxVisits: 3),
        visitor("E", ["fr"], ["SF1"], cancelled: true),
        visitor("F", ["fr"], ["SF1"], maxVisits: 0),
    ]

    static let pins = [
        Pin(visitorID: "A", target: .session("SN1"), assigns: true),
        Pin(visitorID: "C", target: .session("SN2"), assigns: false),
        Pin(visitorID: "C", target: .host("HN"), assigns: false),
    ]

    static let input = PlanningInput(event: Event(name: "Semaine d'essai"), hosts: hosts, sessions: sessions,
                                     visitors: visitors, pins: pins,
                                     previous: PreviousPlan(path: "plans/2025-10-30", assignments: []))

    static func plan(_ assignments: [(String, String, Int?)], status: Plan.Status = .optimal) -> Plan {
        let list = assignments.map { Assignment(visitorID: $0.0, sessionID: $0.1, rank: $0.2) }
        return Plan(status: status, objective: [], assignments: list,
                    sessions: sessions.map { s in SessionFill(sessionID: s.id, assigned: list.filter { $0.sessionID == s.id }.count) },
                    unassigned: [])
    }

    /// The week as it is: B finds SN1 full, SN2 stays under its minimum of 3.
    static let asIs = plan([("A", "SF1", 1), ("A", "SN1", 2), ("C", "SF1", 1)])
    /// SN1 resized to 2: B gets it too.
    static let resized = plan([("A", "SF1", 1), ("A", "SN1", 2), ("B", "SN1", 1), ("C", "SF1", 1)])
    /// At most one visit per person: A keeps only SF1, B gets SN1.
    static let oneVisit = plan([("A", "SF1", 1), ("B", "SN1", 1), ("C", "SF1", 1)], status: .feasible)
}
