import Testing
@testable import Matching
import Scheduling

/// Re-planning after the schedules went out (contract §6): keep first, then the objective; each
/// case small enough to be checked by hand.
@Suite struct ReplanTests {
    /// Two hosts of two places, four visitors who ranked both, and what they were told.
    private func toldWeek() -> InstanceBuilder {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 2)
        for i in 1...4 { b.visitor("V\(i)", choices: i <= 2 ? ["HA", "HB"] : ["HB", "HA"], maxVisits: 1) }
        b.told(["V1 A", "V2 A", "V3 B", "V4 B"])
        return b
    }

    @Test func aWithdrawalFreesAPlaceThatGoesToThePersonWhoHadNothing() {
        var b = toldWeek()
        b.visitors[0].cancelled = true
        b.visitor("V5", choices: ["HA"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        #expect(plan.objective.first == TierResult(tier: .keep, value: 3, bound: 3))
        #expect(plan.sessions(of: "V5") == ["A"])
        #expect(plan.changes == [PlanChange(visitorID: "V1", added: [], removed: ["A"]),
                                 PlanChange(visitorID: "V5", added: ["A"], removed: [])])
        #expect(plan.unassigned.first { $0.visitorID == "V1" }?.reason == .withdrew)
    }

    @Test func aCalledOffSessionMovesOnlyItsOwnVisitors() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB"); b.host("HC")
        b.session("A", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("B", host: "HB", "11:00", "12:00", capacity: 4)
        b.session("C", host: "HC", "14:00", "15:00", capacity: 4)
        b.visitor("V1", choices: ["HA", "HC"], maxVisits: 1); b.visitor("V2", choices: ["HA", "HC"], maxVisits: 1)
        // Without the previous plan, V3 and V4 would be as happy in C as in B: keep holds them in B.
        b.visitor("V3", choices: ["HB", "HC"], maxVisits: 1); b.visitor("V4", choices: ["HC", "HB"], maxVisits: 1)
        b.told(["V1 A", "V2 A", "V3 B", "V4 B"])
        b.sessions[0].cancelled = true
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V3") == ["B"] && plan.sessions(of: "V4") == ["B"])
        #expect(plan.changes.map(\.visitorID) == ["V1", "V2"])
        #expect(plan.changes.allSatisfy { $0.removed == ["A"] && $0.added == ["C"] })
        #expect(plan.sessions.first { $0.sessionID == "A" }?.status == .cancelled)
    }

    @Test func aCapacityCutRemovesExactlyThatManyAndKeepsTheRest() {
        var b = toldWeek()
        b.sessions[0].capacity = 1
        let plan = plannedAndValidated(b.input)
        #expect(plan.objective.first?.value == 3)
        let lostA = plan.changes.filter { $0.removed == ["A"] }
        #expect(lostA.count == 1)
        #expect(plan.changes.count == 1, "the one who lost A finds no other place: B is full of people who keep it")
    }

    @Test func aLateRegistrationGetsLeftoverPlacesWithoutMovingAnyone() {
        var b = toldWeek()
        b.sessions[1].capacity = 3
        b.visitor("V5", choices: ["HA", "HB"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        #expect(plan.objective.first?.value == 4)
        #expect(plan.changes == [PlanChange(visitorID: "V5", added: ["B"], removed: [])])
    }

    @Test func whenEverythingCanBeKeptChangesListOnlyTheNewAndTheWithdrawn() {
        var b = toldWeek()
        b.visitors[3].cancelled = true
        b.visitor("V5", choices: ["HB"], maxVisits: 1)
        let plan = plannedAndValidated(b.input)
        #expect(plan.objective.first == TierResult(tier: .keep, value: 3, bound: 3))
        #expect(plan.changes.map(\.visitorID) == ["V4", "V5"])
    }

    @Test func keepComesBeforeCoverage() {
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", "09:00", "10:00", capacity: 1)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 1)
        // V1 was told A and B; V2 arrives late and could only have A. Covering V2 would move V1.
        b.visitor("V1", choices: ["HA", "HB"]); b.visitor("V2", choices: ["HA"])
        b.told(["V1 A", "V1 B"])
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["A", "B"])
        #expect(plan.objective.map(\.tier) == [.keep, .coverage, .preference, .mix])
        #expect(plan.value(.coverage) == 1)
    }

    @Test func previousAssignmentsThatCannotBeKeptAreNamed() {
        var b = toldWeek()
        b.visitors[0].cancelled = true
        b.sessions[1].cancelled = true
        b.visitors[1].languages = ["nl"]
        b.previous?.assignments.append(Assignment(visitorID: "V9", sessionID: "A", rank: 1))
        let warnings = PreviousPlanCheck.warnings(b.input)
        #expect(warnings == [
            "V1 in A cannot be kept: V1 withdrew",
            "V2 in A cannot be kept: it is no longer eligible (no common language)",
            "V3 in B cannot be kept: the host called B off",
            "V4 in B cannot be kept: the host called B off",
            "the previous plan gave V9 in A, but visitor V9 is no longer in visitors.csv",
        ])
    }
}
