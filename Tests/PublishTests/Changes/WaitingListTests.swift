import Foundation
import Scheduling
import Testing
@testable import Publish

/// Waiting lists: best rank first, then registration time.
@Suite struct WaitingListTests {
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
}
