import Foundation
import Scheduling
import Testing
@testable import Publish

/// Waiting lists (best rank first, then registration time) and the report's section on changes.
@Suite struct WaitingAndReportTests {
    @Test func aFullSessionsWaitingListGoesByRankThenByRegistration() {
        // S0005 (one place) goes to V006; V002 (rank 2, registered 20 Oct) and two late-comers wait.
        var visitors = ReplanFixture.visitors.map { v -> Visitor in
            var v = v
            v.cancelled = false
            return v
        }
        visitors.append(Visitor(id: "V008", firstName: "Ann", lastName: "Voorbeeld", email: "ann@example.org",
                                language: "nl", languages: ["nl"], maxVisits: 1, choices: ["S0005"],
                                registeredAt: "2025-10-21T08:00:00+02:00"))
        visitors.append(Visitor(id: "V009", firstName: "Bo", lastName: "Voorbeeld", email: "bo@example.org",
                                language: "nl", languages: ["nl"], maxVisits: 1, choices: ["S0005"],
                                registeredAt: "2025-10-01T08:00:00+02:00"))
        let input = PlanningInput(event: Fixture.event, hosts: Fixture.hosts, sessions: Fixture.sessions, visitors: visitors)
        var plan = ReplanFixture.plan
        plan.assignments = ReplanFixture.assignments + [Assignment(visitorID: "V002", sessionID: "S0004", rank: 1)]
        let waiting = WaitingLists(plan: plan, input: input)
        #expect(waiting.bySession["S0005"] == [.init(visitorID: "V009", rank: 1), .init(visitorID: "V008", rank: 1),
                                                .init(visitorID: "V002", rank: 2)])
        #expect(waiting.byVisitor["V002"] == nil, "V002 has their first choice")
        #expect(waiting.byVisitor["V008"]?.map(\.sessionID) == ["S0005"])
        #expect(waiting.bySession["S0004"] == nil, "S0004 is not full")
    }

    @Test func theReportSaysWhatWasKeptMovedAddedRemovedAndWhoGotAFreedPlace() throws {
        let report = try #require(ReplanFixture.file("report.html")).text
        #expect(report.contains("<h2 id=\"changes\">Changements depuis le planning précédent</h2>"))
        #expect(report.contains("Le planning précédent (plans/week-1)"))
        for (row, value) in [("Visites maintenues", 4), ("Visites ajoutées", 2), ("Visites retirées", 4),
                             ("Visiteurs dont une visite est remplacée par une autre", 1),
                             ("Visiteurs qui gagnent une visite, sans en perdre", 1),
                             ("Visiteurs qui perdent une visite, sans en gagner", 2)] {
            #expect(report.contains("<tr><th scope=\"row\">\(row)</th><td class=\"num\">\(value)</td></tr>"), "\(row)")
        }
        #expect(report.contains("<tr><td>V001</td><td>S0001 (Maison médicale Les Tilleuls)</td><td>S0002 (Maison médicale Les Tilleuls)</td></tr>"))
        #expect(report.contains("<tr><td>V006</td><td>S0005</td><td>Wijkgezondheidscentrum De Brug</td>"), "Marc got Pieter's place")
        #expect(!(Fixture.file("report.html")?.text.contains("id=\"changes\"") ?? true), "no section without a previous plan")
    }
}
