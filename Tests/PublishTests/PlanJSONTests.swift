import Scheduling
import Testing
@testable import Publish

/// plan.json: layout, key order, null ranks, escaping, completeness.
@Suite struct PlanJSONTests {
    @Test func writesTheContractLayoutWithKeysInOrderAndNullRankForSuggestions() {
        let plan = Plan(
            status: .optimal,
            objective: [TierResult(tier: .coverage, value: 2, bound: 2)],
            assignments: [
                Assignment(visitorID: "V001", sessionID: "S014", rank: 1),
                Assignment(visitorID: "V002", sessionID: "S003", rank: nil),
            ],
            sessions: [SessionFill(sessionID: "S014", assigned: 1), SessionFill(sessionID: "S020", assigned: 0)],
            unassigned: [UnassignedVisitor(visitorID: "V077", reason: .noVisitsAllowed)])
        let json = PlanJSON.render(plan, event: Event(name: "Le Grand Bain"))
        #expect(json == """
            {
              "event": {"name": "Le Grand Bain"},
              "status": "optimal",
              "objective": [
                {"name": "coverage", "value": 2, "bound": 2}
              ],
              "assignments": [
                {"visitor_id": "V001", "session_id": "S014", "rank": 1},
                {"visitor_id": "V002", "session_id": "S003", "rank": null}
              ],
              "sessions": [
                {"session_id": "S014", "assigned": 1, "status": "open"},
                {"session_id": "S020", "assigned": 0, "status": "cancelled"}
              ],
              "unassigned": [
                {"visitor_id": "V077", "reason": "max_visits is 0, so no visit can be planned. Set max_visits to 1 or more to take part."}
              ]
            }

            """)
    }

    @Test func namesTheBassinAndWritesEmptyListsAsBrackets() {
        let plan = Plan(status: .feasible, objective: [], assignments: [], sessions: [], unassigned: [])
        let json = PlanJSON.render(plan, event: Event(name: "Kijkstages", bassin: "Noord"))
        #expect(json == """
            {
              "event": {"name": "Kijkstages", "bassin": "Noord"},
              "status": "feasible",
              "objective": [],
              "assignments": [],
              "sessions": [],
              "unassigned": []
            }

            """)
    }

    @Test func escapesQuotesBackslashesAndControlCharactersButKeepsUTF8() {
        let name = "Élan \"Bain\" \\ tab\there\nline\u{01}\u{1F}—ü"
        let plan = Plan(status: .optimal, objective: [], assignments: [], sessions: [], unassigned: [])
        let json = PlanJSON.render(plan, event: Event(name: name))
        #expect(json.contains(#""name": "Élan \"Bain\" \\ tab\there\nline\u0001\u001f—ü""#))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func listsEverySessionOfThePlanWithItsStatus() {
        let json = PlanJSON.render(Fixture.plan, input: Fixture.input)
        for session in Fixture.sessions {
            #expect(json.contains("\"session_id\": \"\(session.id)\", \"assigned\""))
        }
        #expect(json.contains(#"{"session_id": "S0003", "assigned": 0, "status": "cancelled"}"#))
        #expect(json.contains(#"{"session_id": "S0001", "assigned": 2, "status": "open"}"#))
    }

    @Test func givesEveryUnassignedVisitorTheEnglishReason() {
        let json = PlanJSON.render(Fixture.plan, input: Fixture.input)
        for u in Fixture.plan.unassigned {
            let reason = ReasonText.text(u.reason, in: .english, input: Fixture.input)
            var quoted = ""
            JSONValue.writeString(reason, to: &quoted)
            #expect(json.contains("{\"visitor_id\": \"\(u.visitorID)\", \"reason\": \(quoted)}"))
        }
    }

    @Test func isTheSameBytesEveryTime() {
        #expect(PlanJSON.render(Fixture.plan, input: Fixture.input) == PlanJSON.render(Fixture.plan, input: Fixture.input))
    }
}
