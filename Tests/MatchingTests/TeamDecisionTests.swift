import Testing
@testable import Matching
import Scheduling

/// The team's decisions (contract §1 pins.csv, group, priority, max_visitors_per_day), each on a
/// small instance solved by hand where breaking the rule would pay.
@Suite struct TeamDecisionTests {
    @Test func aYesPinOnAnIneligiblePairIsHonouredAndKeepsNoRank() {
        var b = InstanceBuilder()
        b.host("HA", languages: ["nl"]); b.host("HB")
        b.session("A", host: "HA"); b.session("B", host: "HB", "14:00", "15:00")
        // V1 speaks no Dutch and did not rank HA: rules 1 and 3 both fail, the team decides anyway.
        b.visitor("V1", choices: ["HB"], languages: ["fr"])
        b.pin("V1", session: "A", true)
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["A", "B"])
        #expect(plan.assignments.first { $0.sessionID == "A" }?.rank == nil)
        // A pin that is not ranked is no suggestion: V1 still gets their ranked B beside it.
        #expect(plan.value(.preference) == 5)
    }

    @Test func aNoPinOnAHostRemovesAllItsSessions() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A1", host: "HA"); b.session("A2", host: "HA", "14:00", "15:00"); b.session("B", host: "HB")
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.pin("V1", host: "HA", false)
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["B"])
        var alone = b
        alone.sessions.removeLast()
        let none = plannedAndValidated(alone.input)
        #expect(none.assignments.isEmpty)
        guard case .noEligibleChoice(let obstacles)? = none.unassigned.first?.reason else {
            Issue.record("expected noEligibleChoice, got \(String(describing: none.unassigned.first?.reason))")
            return
        }
        #expect(obstacles.first?.reasons == [.ruledOutByTeam])
    }

    @Test func aGroupGetsItsSecondChoiceTogetherRatherThanSplitFirstChoices() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB"); b.host("HC")
        b.session("A", host: "HA", capacity: 1); b.session("B", host: "HB", capacity: 1)
        b.session("C", host: "HC", capacity: 2)
        // Apart, V1 → A and V2 → B both get a first choice (5 + 5); together only C fits both (4 + 4).
        b.visitor("V1", choices: ["HA", "HC"], maxVisits: 1, group: "colleagues")
        b.visitor("V2", choices: ["HB", "HC"], maxVisits: 1, group: "colleagues")
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["C"])
        #expect(plan.sessions(of: "V2") == ["C"])
        #expect(plan.value(.preference) == 8)
        // A withdrawn member leaves the group: the other gets their first choice.
        var left = b
        left.visitors[1].cancelled = true
        #expect(plannedAndValidated(left.input).sessions(of: "V1") == ["A"])
    }

    @Test func aGroupThatDoesNotFitIsToldSo() {
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA", capacity: 2)
        b.visitor("V0", choices: ["HA"], maxVisits: 1)
        b.visitor("V1", choices: ["HA"], maxVisits: 1, group: "trio")
        b.visitor("V2", choices: ["HA"], maxVisits: 1, group: "trio")
        b.visitor("V3", choices: ["HA"], maxVisits: 1, group: "trio")
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V0") == ["A"])
        #expect(plan.unassigned.first { $0.visitorID == "V1" }?.reason
            == .choicesTaken([TakenSession(sessionID: "A", state: .tooFewForGroup(groupSize: 3))]))
    }

    @Test func aGroupThatSharesNoSessionIsNamedBeforeTheSolve() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA"); b.session("B", host: "HB", "14:00", "15:00")
        b.visitor("V1", choices: ["HA"], group: "duo")
        b.visitor("V2", choices: ["HB"], group: "duo")
        #expect(GroupCheck.warnings(b.input) == ["group 'duo' (V1, V2) shares no session that all its members may have, "
            + "so it gets nothing; widen someone's choices or availability, or split the group"])
        b.visitors[1].choices = ["HB", "HA"]
        #expect(GroupCheck.warnings(b.input).isEmpty)
    }

    @Test func aDailyLimitCapsAHostWithTwoSessionsOnADay() {
        var b = InstanceBuilder()
        b.host("HA", maxPerDay: 3); b.host("HB")
        b.session("A1", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("A2", host: "HA", "14:00", "15:00", capacity: 2)
        b.session("B", host: "HB", "09:00", "10:00", capacity: 4)
        for i in 1...4 { b.visitor("V\(i)", choices: ["HA", "HB"], maxVisits: 1) }
        let plan = plannedAndValidated(b.input)
        #expect(plan.unassigned.isEmpty)
        let atHA = plan.assignments.filter { $0.sessionID.hasPrefix("A") }.count
        #expect(atHA == 3)
        #expect(plan.value(.coverage) == 4)
        #expect(plan.value(.preference) == 3 * 5 + 4)
    }

    @Test func aDailyLimitAlsoHoldsForSuggestions() {
        var b = InstanceBuilder()
        b.host("HA", maxPerDay: 1)
        b.session("A1", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("A2", host: "HA", "14:00", "15:00", capacity: 2)
        for i in 1...3 { b.visitor("V\(i)", choices: [], maxVisits: 1, open: true) }
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments.count == 1)
        #expect(plan.unassigned.count == 2)
    }

    @Test func aPriorityVisitorIsServedBeforeOneWithTheBetterChoice() {
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA", capacity: 1)
        b.visitor("V1", choices: ["HA"])
        b.visitor("V2", choices: ["X", "Y", "HA"], priority: true)
        b.host("X"); b.host("Y")
        let plan = plannedAndValidated(b.input)
        // The default objective puts priority first: V2 gets the place, though V1 would score more.
        #expect(b.input.event.objective == [.priority, .coverage, .preference, .mix])
        #expect(plan.sessions(of: "V2") == ["A"])
        #expect(plan.value(.priority) == 1)
        // With an objective stated without priority, V1 (rank 1) wins.
        var stated = b
        stated.event.objective = [.coverage, .preference, .mix]
        #expect(plannedAndValidated(stated.input).sessions(of: "V1") == ["A"])
    }

    @Test func theDefaultObjectiveSwitchesOnlyWhenSomeoneHasPriority() {
        var b = InstanceBuilder()
        b.host("HA"); b.session("A", host: "HA")
        b.visitor("V1", choices: ["HA"])
        #expect(b.input.event.objective == [.coverage, .preference, .mix])
        b.visitors[0].priority = true
        #expect(b.input.event.objective == [.priority, .coverage, .preference, .mix])
        #expect(b.input.tiers == [.priority, .coverage, .preference, .mix])
    }

    @Test func pinsThatCannotHoldTogetherAreNamedBeforeTheSolve() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", "10:00", "11:00", capacity: 1)
        b.session("B", host: "HB", "10:30", "11:30")
        b.visitor("V1", choices: ["HA", "HB"]); b.visitor("V2", choices: ["HA"])
        b.pin("V1", session: "A", true); b.pin("V1", session: "B", true); b.pin("V2", session: "A", true)
        let plan = Planner.plan(b.input)
        #expect(plan.status == .infeasible)
        #expect(plan.assignments.isEmpty)
        #expect(plan.problems.contains { $0.contains("V1 → A (yes, pins.csv line 2)") && $0.contains("cannot reach both A and B") })
        #expect(plan.problems.contains { $0.contains("2 visitors pinned to session A, which has 1 places") })
    }

    @Test func pinsThatOnlyTheSolveShowsCannotHoldAreInfeasibleAndNamed() {
        var b = InstanceBuilder()
        b.host("HA")
        // A needs 3 visitors; V1 is pinned to it, and only V2 could join: it can never run.
        b.session("A", host: "HA", capacity: 3, minVisitors: 3)
        b.visitor("V1", choices: []); b.visitor("V2", choices: ["HA"]); b.visitor("V3", choices: ["HA"], languages: ["nl"])
        b.pin("V1", session: "A", true)
        let plan = Planner.plan(b.input)
        #expect(plan.status == .infeasible)
        #expect(plan.problems.contains { $0.contains("V1 → A") })
    }
}
