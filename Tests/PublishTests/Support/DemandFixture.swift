import Scheduling

/// A small invented week for supply and demand, small enough to count by hand (synthetic data):
/// H1 has 2 places and 6 first choices (5 who may go), H2 a daily limit, H3 a session nobody
/// chose, a called-off session and a name that is markup, H4 one place for 5 people.
enum DemandFixture {
    static func slot(_ day: String, _ start: String, _ end: String) -> TimeWindow { Fixture.slot(day, start, end) }

    static let hosts: [Host] = [
        Host(id: "H1", name: "Maison A", languages: ["fr"], accessible: true),
        Host(id: "H2", name: "Huis B", languages: ["nl"], maxVisitorsPerDay: 3),
        Host(id: "H3", name: "<script>alert(1)</script>", languages: ["fr"], accessible: true),
        Host(id: "H4", name: "Centre D", languages: ["fr"]),
    ]

    static let sessions: [Session] = [
        Session(id: "S1", hostID: "H1", slot: slot("2025-11-04", "09:00", "11:00"), capacity: 2, languages: ["fr"]),
        Session(id: "S2", hostID: "H2", slot: slot("2025-11-04", "14:00", "16:00"), capacity: 4, languages: ["nl"]),
        Session(id: "S3", hostID: "H2", slot: slot("2025-11-04", "16:30", "17:30"), capacity: 2, languages: ["nl"]),
        Session(id: "S4", hostID: "H2", slot: slot("2025-11-05", "10:00", "12:00"), capacity: 2, languages: ["fr", "nl"]),
        Session(id: "S5", hostID: "H3", slot: slot("2025-11-05", "14:00", "16:00"), capacity: 3, languages: ["fr"]),
        Session(id: "S6", hostID: "H3", slot: slot("2025-11-05", "09:00", "11:00"), capacity: 5, languages: ["fr"], cancelled: true),
        Session(id: "S8", hostID: "H4", slot: slot("2025-11-06", "10:00", "12:00"), capacity: 1, languages: ["fr"]),
    ]

    static func visitor(_ id: String, _ languages: [Language], _ choices: [String], needsAccess: Bool = false,
                        cancelled: Bool = false) -> Visitor {
        Visitor(id: id, firstName: "Prénom\(id)", lastName: "Nom\(id)", email: "\(id.lowercased())@example.org",
                languages: languages, maxVisits: 2, choices: choices, needsAccess: needsAccess, cancelled: cancelled)
    }

    static let visitors: [Visitor] = [
        visitor("V1", ["fr"], ["H1"]),
        visitor("V2", ["fr"], ["H1", "S4"]),
        visitor("V3", ["fr", "nl"], ["S1", "H2"]),
        visitor("V4", ["fr"], ["H1"], needsAccess: true),
        visitor("V5", ["fr"], ["H1", "S6"]),
        visitor("V6", ["nl"], ["S2", "S3"], cancelled: true),
        visitor("V7", ["nl"], ["S2"]),
        visitor("V8", ["nl"], ["H1"]),
        visitor("V9", ["en"], [], needsAccess: true),
    ] + (10...14).map { visitor("V\($0)", ["fr"], ["H4"]) }

    static let input = PlanningInput(event: Event(name: "Semaine d'essai"), hosts: hosts, sessions: sessions, visitors: visitors)
}
