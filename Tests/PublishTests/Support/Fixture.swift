import Scheduling
@testable import Publish

/// A small invented bassin: three hosts (fr, nl, en), six sessions, seven visitors, and a plan.
enum Fixture {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func slot(_ day: String, _ start: String, _ end: String) -> TimeWindow {
        TimeWindow(date: date(day), start: TimeOfDay(hhmm: start)!, end: TimeOfDay(hhmm: end)!)!
    }

    static let event = Event(name: "Le Grand Bain", bassin: "Sud-Est", contact: Contact(
        name: "Équipe du bassin Sud-Est", email: "portesouvertes@example.org", phone: "+32 2 000 00 00"))

    static let hosts: [Host] = [
        Host(id: "H001", name: "Maison médicale Les Tilleuls", organization: "ASBL Les Tilleuls",
             sector: "maison médicale", address: "Rue des Tilleuls 12", postcode: "1190", commune: "Forest",
             languages: ["fr", "nl"], accessible: true, contactName: "Nadia Exemple",
             contactEmail: "nadia.exemple@example.org", contactPhone: "02 123 45 67",
             description: "Une équipe pluridisciplinaire : médecins, kinés et accueil social."),
        Host(id: "H002", name: "Wijkgezondheidscentrum De Brug", sector: "wijkgezondheidscentrum",
             address: "Brugstraat 3", postcode: "1080", commune: "Sint-Jans-Molenbeek",
             languages: ["nl", "fr"], contactName: "Jef Voorbeeld", contactEmail: "jef@example.org",
             description: "Eerstelijnszorg voor de hele wijk."),
        Host(id: "H003", name: "Brussels Outreach Point", sector: "outreach",
             address: "Avenue du Port 100", postcode: "1000", commune: "Bruxelles",
             languages: ["en", "fr"]),
    ]

    static let sessions: [Session] = [
        Session(id: "S0001", hostID: "H001", slot: slot("2025-11-04", "09:30", "11:30"), capacity: 5,
                languages: ["fr", "nl"], title: "Découverte de l'accueil"),
        Session(id: "S0002", hostID: "H001", kind: .immersion, slot: slot("2025-11-06", "09:00", "16:30"),
                capacity: 2, languages: ["fr"]),
        Session(id: "S0003", hostID: "H001", slot: slot("2025-11-07", "14:00", "15:30"), capacity: 4,
                minVisitors: 2, languages: ["fr"]),
        Session(id: "S0004", hostID: "H002", slot: slot("2025-11-04", "14:00", "16:00"), capacity: 6,
                languages: ["nl", "fr"], title: "Rondleiding en gesprek met het team"),
        Session(id: "S0005", hostID: "H002", kind: .immersion, slot: slot("2025-11-05", "08:30", "12:30"),
                capacity: 1, languages: ["nl"]),
        Session(id: "S0006", hostID: "H003", slot: slot("2025-11-01", "10:00", "12:00"), capacity: 3,
                languages: ["en", "fr"]),
    ]

    static let visitors: [Visitor] = [
        Visitor(id: "V001", firstName: "Amélie", lastName: "Dupont", email: "amelie.dupont@example.org",
                phone: "0470 00 00 01", role: "assistante sociale", organization: "CPAS d'Exemple",
                language: "fr", languages: ["fr", "nl"], maxVisits: 2, choices: ["H001", "S0004"],
                registeredAt: "2025-10-06T09:18:15+02:00"),
        Visitor(id: "V002", firstName: "Pieter", lastName: "Janssens", email: "pieter.janssens@example.org",
                role: "maatschappelijk werker", organization: "OCMW Voorbeeld",
                language: "nl", languages: ["nl", "fr"], maxVisits: 2, choices: ["S0004", "S0005"],
                registeredAt: "2025-10-20T17:02:00+02:00"),
        Visitor(id: "V003", firstName: "Sam", lastName: "Taylor", email: "sam.taylor@example.org",
                role: "peer worker", organization: "Example Network",
                language: "en", languages: ["en", "fr"], maxVisits: 2, choices: ["S0002"],
                openToSuggestions: true),
        Visitor(id: "V004", firstName: "Chloé", lastName: "Martin | Test", email: "chloe_martin@example.org",
                phone: "+32 2 000 00 04", role: "coordinatrice\nterrain", organization: "Asbl \"Le Pont\", Bruxelles",
                language: "fr", languages: ["fr", "en"], maxVisits: 2, choices: ["H003", "S0001"]),
        Visitor(id: "V005", firstName: "Lotte", lastName: "Peeters", email: "lotte.peeters@example.org",
                language: "nl", languages: ["nl"], maxVisits: 2, choices: ["H003", "S0001"],
                available: [slot("2025-11-05", "00:00", "13:00")]),
        Visitor(id: "V006", firstName: "Marc", lastName: "Lambert", email: "marc.lambert@example.org",
                language: "fr", languages: ["fr", "nl"], maxVisits: 1, choices: ["S0005", "S0003"]),
        Visitor(id: "V007", firstName: "Jordan", lastName: "Smith", email: "jordan.smith@example.org",
                language: "de", languages: ["de", "en"], maxVisits: 2),
    ]

    static let input = PlanningInput(event: event, hosts: hosts, sessions: sessions, visitors: visitors)

    static let plan = Plan(
        status: .optimal,
        objective: [
            TierResult(tier: .coverage, value: 4, bound: 4),
            TierResult(tier: .preference, value: 33, bound: 33),
            TierResult(tier: .mix, value: 6, bound: 7),
        ],
        assignments: [
            Assignment(visitorID: "V001", sessionID: "S0001", rank: 1),
            Assignment(visitorID: "V001", sessionID: "S0004", rank: 2),
            Assignment(visitorID: "V002", sessionID: "S0004", rank: 1),
            Assignment(visitorID: "V002", sessionID: "S0005", rank: 2),
            Assignment(visitorID: "V003", sessionID: "S0002", rank: 1),
            Assignment(visitorID: "V003", sessionID: "S0006", rank: nil),
            Assignment(visitorID: "V004", sessionID: "S0001", rank: 2),
            Assignment(visitorID: "V004", sessionID: "S0006", rank: 1),
        ],
        sessions: [
            SessionFill(sessionID: "S0001", assigned: 2),
            SessionFill(sessionID: "S0002", assigned: 1),
            SessionFill(sessionID: "S0003", assigned: 0),
            SessionFill(sessionID: "S0004", assigned: 2),
            SessionFill(sessionID: "S0005", assigned: 1),
            SessionFill(sessionID: "S0006", assigned: 2),
        ],
        unassigned: [
            UnassignedVisitor(visitorID: "V005", reason: .noEligibleChoice([
                ChoiceObstacle(choice: "H003", reasons: [.noCommonLanguage]),
                ChoiceObstacle(choice: "S0001", reasons: [.notAvailable]),
            ])),
            UnassignedVisitor(visitorID: "V006", reason: .choicesTaken([
                TakenSession(sessionID: "S0005", state: .full(capacity: 1)),
                TakenSession(sessionID: "S0003", state: .cancelled(minVisitors: 2)),
            ])),
            UnassignedVisitor(visitorID: "V007", reason: .noChoices),
        ])

    /// A site key for tests; real keys are never in the repository.
    static let siteKey = SiteKey(text: "fixture-key-not-a-secret")!

    /// The publication of the fixture's plan, with `.eml` files.
    static let publication = Publication(plan: plan, input: input, options: PublicationOptions(
        siteKey: siteKey, teamLanguage: .french, siteURL: "https://example.org/po", eml: true))

    /// The published file at `path`.
    static func file(_ path: String) -> PublishedFile? { publication.files.first { $0.path == path } }

    /// The published files of a visitor's page (`.html`) or calendar (`.ics`), by the visitor's id.
    static func visitorFile(_ id: String, _ ext: String) -> PublishedFile? {
        file("site/visitors/\(siteKey.token("visitor", id)).\(ext)")
    }

    /// The published files of a host's page, calendar or roster, by the host's id.
    static func hostFile(_ id: String, _ ext: String) -> PublishedFile? {
        file("site/hosts/\(siteKey.token("host", id)).\(ext)")
    }

    static func visitor(_ id: String) -> Visitor { input.visitor(id)! }
    static func host(_ id: String) -> Host { input.host(id)! }
    static func schedule(_ id: String) -> VisitorSchedule { plan.schedule(for: visitor(id), in: input) }
    static func roster(_ id: String) -> HostRoster { plan.roster(for: host(id), in: input) }
    static let waiting = WaitingLists(plan: plan, input: input)
}
