import Testing
@testable import Matching
import Scheduling

/// Each hard constraint (contract §3) on an instance where breaking it would pay.
@Suite struct HardConstraintTests {
    @Test func capacityIsNeverExceededEvenWhenEveryoneWantsTheSameSession() {
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA", capacity: 2)
        for i in 1...5 { b.visitor("V\(i)", choices: ["HA"]) }
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments.count == 2)
        #expect(plan.unassigned.count == 3)
        #expect(plan.unassigned.allSatisfy { $0.reason == .choicesTaken([TakenSession(sessionID: "A", state: .full(capacity: 2))]) })
    }

    @Test func aSessionBelowItsMinimumGetsNobodyAndSaysSo() {
        var b = InstanceBuilder()
        b.host("HA")
        b.session("A", host: "HA", capacity: 5, minVisitors: 2)
        b.visitor("V1", choices: ["HA"])
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments.isEmpty)
        #expect(plan.sessions == [SessionFill(sessionID: "A", assigned: 0)])
        #expect(plan.unassigned.first?.reason == .choicesTaken([TakenSession(sessionID: "A", state: .cancelled(minVisitors: 2))]))
    }

    @Test func aVisitorGetsNoMoreThanMaxVisits() {
        var b = InstanceBuilder()
        for h in ["H1", "H2", "H3"] { b.host(h) }
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H2", "12:00", "13:00")
        b.session("S3", host: "H3", "15:00", "16:00")
        b.visitor("V1", choices: ["H1", "H2", "H3"], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["S1", "S2"])
    }

    @Test func aVisitorSeesEachHostOnlyOnce() {
        var b = InstanceBuilder()
        b.host("H1")
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H1", "15:00", "16:00", date: LocalDate(iso: "2025-11-05")!)
        b.visitor("V1", choices: ["H1"], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments.count == 1)
    }

    @Test func overlappingSessionsAreNeverBothGiven() {
        var b = InstanceBuilder()
        b.host("H1"); b.host("H2")
        b.session("S1", host: "H1", "09:00", "11:00")
        b.session("S2", host: "H2", "10:30", "12:00")
        b.visitor("V1", choices: ["H1", "H2"], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["S1"])
    }

    @Test func sessionsTooCloseForTheTripBetweenHostsAreNeverBothGiven() {
        // About 4.6 km apart: ceil(10 + 60·4.6/12) = 34 minutes; a 20-minute gap is too short.
        var b = InstanceBuilder()
        b.host("H1", at: (50.8466, 4.3528)) // Grand-Place
        b.host("H2", at: (50.8270, 4.4096)) // near Etterbeek
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H2", "10:20", "11:20")
        b.visitor("V1", choices: ["H1", "H2"], maxVisits: 2)
        let plan = plannedAndValidated(b.input)
        #expect(plan.sessions(of: "V1") == ["S1"])

        var later = b
        later.sessions[1].slot = TimeWindow(date: InstanceBuilder.day, start: TimeOfDay(hhmm: "10:40")!, end: TimeOfDay(hhmm: "11:40")!)!
        #expect(plannedAndValidated(later.input).sessions(of: "V1") == ["S1", "S2"])
    }

    @Test func aSuggestionIsGivenOnlyToSomeoneWithNoRankedSession() {
        var b = InstanceBuilder()
        b.host("H1", sector: "CPAS"); b.host("H2", sector: "CAW")
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H2", "14:00", "15:00")
        // A suggestion at H2 would add a mix point; it may not come on top of the ranked S1.
        b.visitor("V1", choices: ["H1"], maxVisits: 2, sector: "CPAS", open: true)
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments == [Assignment(visitorID: "V1", sessionID: "S1", rank: 1)])
    }

    @Test func atMostOneSuggestionEvenWithVisitsToSpare() {
        var b = InstanceBuilder()
        b.event.objective = [.coverage, .mix]
        b.host("H1", sector: "CPAS"); b.host("H2", sector: "CAW")
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H2", "14:00", "15:00")
        b.visitor("V1", choices: [], maxVisits: 3, sector: "logement", open: true)
        let plan = plannedAndValidated(b.input)
        #expect(plan.assignments.count == 1)
        #expect(plan.value(.mix) == 1)
    }
}
