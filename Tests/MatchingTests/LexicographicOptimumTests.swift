import Testing
@testable import Matching
import Scheduling

/// Small instances whose lexicographic optimum is known by hand.
@Suite struct LexicographicOptimumTests {
    @Test func coverageComesBeforePreferenceEvenWhenFirstComeFirstServedWouldServeTheFirstChoice() {
        // One place at A. V1 likes A then B; V2 can only go to A. A greedy pass in registration
        // order gives A to V1 and nothing to V2; the optimum covers both.
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 1)
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HA"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        #expect(plan.status == .optimal)
        #expect(plan.value(.coverage) == 2)
        #expect(plan.sessions(of: "V1") == ["B"])
        #expect(plan.sessions(of: "V2") == ["A"])
        // preference: V1 rank 2 → 5 + 1 − 2 = 4, V2 rank 1 → 5.
        #expect(plan.value(.preference) == 9)
    }

    @Test func preferenceIsMaximisedOnceCoverageIsHeld() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB"); b.host("HC")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", capacity: 1)
        b.session("C", host: "HC", capacity: 1)
        // Both like A best; V1 ranks B second, V2 ranks C fifth-ish (after fillers).
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HA", "HB", "HC"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        // Options: V1→A (5) + V2→B (4) = 9, or V1→B (4) + V2→A (5) = 9, or V1→A + V2→C (3) = 8.
        #expect(plan.value(.coverage) == 2)
        #expect(plan.value(.preference) == 9)
    }

    @Test func mixBreaksTiesBetweenEquallyPreferredPlans() {
        var b = InstanceBuilder()
        b.host("HA", sector: "CPAS"); b.host("HB", sector: "maison médicale")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", capacity: 1)
        // Both rank A and B equally in total; the CPAS worker should meet the maison médicale.
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1, sector: "cpas")
        b.visitor("V2", choices: ["HB", "HA"], maxVisits: 1, sector: "Maison  Médicale")
        let plan = plannedAndValidated(b.input)
        // Preference is 10 either way (each gets a first choice) only for V1→A, V2→B; that mixes 0.
        // V1→B, V2→A gives 4 + 4 = 8 < 10, so preference keeps mix at 0.
        #expect(plan.value(.preference) == 10)
        #expect(plan.value(.mix) == 0)

        var swapped = b
        swapped.event.objective = [.coverage, .mix, .preference]
        let mixFirst = plannedAndValidated(swapped.input)
        #expect(mixFirst.value(.mix) == 2)
        #expect(mixFirst.value(.preference) == 8)
    }

    @Test func minVisitorsCancelsASessionThatCannotBeFilledAndMovesItsVisitor() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 5, minVisitors: 3)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 5)
        b.visitor("V1", choices: ["HA", "HB"], maxVisits: 1)
        b.visitor("V2", choices: ["HA", "HB"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        // Only two people want A, which needs three: it is cancelled, both go to B.
        #expect(plan.value(.coverage) == 2)
        #expect(plan.value(.preference) == 8)
        #expect(plan.sessions.first { $0.sessionID == "A" }?.status == .cancelled)
        #expect(plan.sessions.first { $0.sessionID == "B" }?.assigned == 2)
    }

    @Test func minVisitorsDrawsAVisitorAwayFromTheirFirstChoiceWhenThatServesMore() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 3, minVisitors: 2)
        b.session("B", host: "HB", capacity: 1)
        // V3 can only go to A; A needs two; V1 prefers B but must join A for V3 to come.
        b.visitor("V1", choices: ["HB", "HA"], maxVisits: 1)
        b.visitor("V2", choices: ["HB"], maxVisits: 1)
        b.visitor("V3", choices: ["HA"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        #expect(plan.value(.coverage) == 3)
        #expect(plan.sessions(of: "V1") == ["A"])
        #expect(plan.sessions(of: "V2") == ["B"])
    }

    @Test func suggestionCoversAnOpenVisitorWhoseChoicesAreFull() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 1)
        b.session("B", host: "HB", capacity: 3)
        b.visitor("V1", choices: ["HA"], maxVisits: 2)
        b.visitor("V2", choices: ["HA"], maxVisits: 2, open: true)
        b.visitor("V3", choices: ["HA"], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.value(.coverage) == 2)
        #expect(plan.assignments.contains(Assignment(visitorID: "V2", sessionID: "B", rank: nil)))
        let left = plan.unassigned.map(\.visitorID)
        #expect(left.count == 1 && (left == ["V1"] || left == ["V3"]))
    }

    @Test func theEmptyInputGivesAnOptimalEmptyPlan() {
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA")
        b.visitor("V1", choices: [], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.status == .optimal)
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned == [UnassignedVisitor(visitorID: "V1", reason: .noChoices)])
    }
}
