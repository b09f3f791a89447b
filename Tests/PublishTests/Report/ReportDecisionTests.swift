import Foundation
import Matching
import Scheduling
import Testing
@testable import Publish

/// The report's section on the team's decisions, and the reasons people read for them.
@Suite struct ReportDecisionTests {
    /// The fixture week with pins, a group, a priority visitor and a host's daily limit.
    private func decidedInput() -> PlanningInput {
        var hosts = Fixture.hosts, visitors = Fixture.visitors
        hosts[1].maxVisitorsPerDay = 3
        visitors[0].group = "duo"; visitors[3].group = "duo"
        visitors[1].priority = true
        return PlanningInput(event: Fixture.event, hosts: hosts, sessions: Fixture.sessions, visitors: visitors, pins: [
            Pin(visitorID: "V001", target: .session("S0001"), assigns: true, line: 2),
            Pin(visitorID: "V005", target: .host("H003"), assigns: false, line: 3),
        ])
    }

    @Test func theReportSaysWhatTheTeamDecidedAndHowThePlanHonouredIt() {
        let input = decidedInput()
        let plan = Planner.plan(input)
        let html = ReportPage(plan: plan, firstComeFirstServed: FirstComeFirstServed.plan(input), input: input,
                              language: .english).html
        #expect(html.contains("The team&#39;s decisions") || html.contains("The team's decisions"))
        #expect(html.contains("Pins: 1 visits decided by the team, all given; 1 visits or hosts ruled out, none given."))
        #expect(html.contains("Groups of colleagues:"))
        #expect(html.contains("Priority visitors with a visit: 1 (100"))
        #expect(html.contains("serve the priority visitors first, then serve as many visitors as possible"))
    }

    @Test func aReportWithoutDecisionsHasNoSuchSection() {
        let html = ReportPage(plan: Fixture.plan, firstComeFirstServed: FirstComeFirstServed.plan(Fixture.input),
                              input: Fixture.input, language: .english).html
        #expect(!html.contains("id=\"decisions\""))
    }

    @Test func aHostAtItsDailyLimitIsListed() {
        var hosts = Fixture.hosts
        hosts[0].maxVisitorsPerDay = 1
        let input = PlanningInput(event: Fixture.event, hosts: hosts, sessions: Fixture.sessions, visitors: Fixture.visitors)
        let plan = Planner.plan(input)
        let html = ReportPage(plan: plan, firstComeFirstServed: FirstComeFirstServed.plan(input), input: input,
                              language: .english).html
        #expect(html.contains("Hosts that reached their daily limit:"))
        #expect(html.contains("<td>Maison médicale Les Tilleuls</td>"))
    }

    @Test func theNewReasonsReadInEachLanguage() {
        #expect(ReasonText.text(.withdrew, in: "fr", input: Fixture.input).hasPrefix("Désinscription enregistrée"))
        #expect(ReasonText.text(.withdrew, in: "nl", input: Fixture.input).hasPrefix("Uitschrijving geregistreerd"))
        let limited = UnassignedReason.choicesTaken([TakenSession(sessionID: "S0004", state: .hostDayFull(limit: 8))])
        #expect(ReasonText.text(limited, in: "en", input: Fixture.input)
            .contains("S0004 at Wijkgezondheidscentrum De Brug (the host had reached its limit of 8 visitors that day)"))
        let ruled = UnassignedReason.noEligibleChoice([ChoiceObstacle(choice: "H003", reasons: [.ruledOutByTeam, .calledOff])])
        #expect(ReasonText.text(ruled, in: "en", input: Fixture.input).contains("(called off by the host, ruled out by the team)"))
    }
}
