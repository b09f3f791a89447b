import Foundation
import Testing
@testable import Matching
import Scheduling

/// The first-come-first-served comparison: valid plans, registration order, never better coverage.
@Suite struct FirstComeFirstServedTests {
    @Test(arguments: 1...40 as ClosedRange<UInt64>)
    func everyPlanPassesTheValidatorAndNeverCoversMoreThanTheOptimum(seed: UInt64) {
        var input = RandomInstances.make(seed: seed, hosts: 5, sessions: 9, visitors: 12)
        let registered = input.visitors.enumerated().map { i, v -> Visitor in
            var v = v
            v.registeredAt = i % 4 == 3 ? nil : "2025-10-0\(1 + (i * 7 + Int(seed)) % 9)T10:00:00+02:00"
            return v
        }
        var event = input.event
        event.objective = [.coverage, .preference, .mix]
        input = PlanningInput(event: event, hosts: input.hosts, sessions: input.sessions, visitors: registered)
        let fcfs = FirstComeFirstServed.plan(input)
        #expect(PlanValidator(input).violations(of: fcfs) == [])
        #expect(fcfs.assignments.allSatisfy { $0.rank != nil }, "a form gives no suggestions")
        let optimum = Planner.plan(input)
        #expect(fcfs.value(.coverage)! <= optimum.value(.coverage)!)
        #expect(fcfs.sessions.map(\.sessionID) == input.sessions.map(\.id))
        let served = Set(fcfs.assignments.map(\.visitorID))
        #expect(fcfs.unassigned.map(\.visitorID) == input.visitors.map(\.id).filter { !served.contains($0) })
        for t in fcfs.objective {
            #expect(t.value == ObjectiveValues.value(of: t.tier, assignments: fcfs.assignments, input: input))
        }
    }

    @Test(arguments: 1...30 as ClosedRange<UInt64>)
    func withdrawalsCalledOffSessionsAndDailyLimitsHoldForAFormToo(seed: UInt64) {
        let input = RandomInstances.withDecisions(seed: seed, hosts: 3, sessions: 8, visitors: 12)
        let fcfs = FirstComeFirstServed.plan(input)
        // A form knows neither the team's pins nor its groups; every other rule holds.
        let broken = PlanValidator(input).violations(of: fcfs).filter { ![.pin, .group].contains($0.family) }
        #expect(broken == [])
        let gone = Set(input.visitors.filter(\.cancelled).map(\.id))
        let calledOff = Set(input.sessions.filter(\.cancelled).map(\.id))
        #expect(fcfs.assignments.allSatisfy { !gone.contains($0.visitorID) && !calledOff.contains($0.sessionID) })
    }

    @Test func theFirstToRegisterGetsTheLastPlaceAndBlankTimesComeLast() {
        var b = InstanceBuilder()
        b.host("H1")
        b.session("S1", host: "H1", capacity: 1)
        b.host("H2")
        b.session("S2", host: "H2", "14:00", "15:00", capacity: 2)
        b.visitor("V1", choices: ["S1"])
        b.visitor("V2", choices: ["S1", "S2"])
        b.visitor("V3", choices: ["S2"])
        b.visitors[0].registeredAt = nil
        b.visitors[1].registeredAt = "2025-10-02T08:00:00Z"
        b.visitors[2].registeredAt = "2025-10-02T09:59:00+02:00"
        let input = b.input
        #expect(FirstComeFirstServed.registrationOrder(input) == [2, 1, 0])
        let plan = FirstComeFirstServed.plan(input)
        #expect(plan.sessions(of: "V3") == ["S2"])
        #expect(plan.sessions(of: "V2") == ["S1", "S2"])
        #expect(plan.sessions(of: "V1") == [])
        #expect(Planner.plan(input).value(.coverage) == 3, "the optimum serves all three")
    }

    @Test func aSessionUnderItsMinimumIsCancelledAndItsVisitorsLoseIt() {
        var b = InstanceBuilder()
        b.host("H1")
        b.session("S1", host: "H1", capacity: 4, minVisitors: 2)
        b.host("H2")
        b.session("S2", host: "H2", "14:00", "15:00", capacity: 4)
        b.visitor("V1", choices: ["S1", "S2"])
        let plan = FirstComeFirstServed.plan(b.input)
        #expect(plan.sessions(of: "V1") == ["S2"])
        #expect(plan.sessions.first { $0.sessionID == "S1" }?.status == .cancelled)
    }

    @Test func choicesAreTakenInRankOrderUpToMaxVisitsAvoidingConflicts() {
        var b = InstanceBuilder()
        for h in ["H1", "H2", "H3"] { b.host(h) }
        b.session("S1", host: "H1", "10:00", "11:00")
        b.session("S2", host: "H2", "10:30", "11:30")
        b.session("S3", host: "H3", "15:00", "16:00")
        b.visitor("V1", choices: ["H1", "H2", "H3"], maxVisits: 2)
        let plan = FirstComeFirstServed.plan(b.input)
        #expect(plan.assignments == [Assignment(visitorID: "V1", sessionID: "S1", rank: 1),
                                     Assignment(visitorID: "V1", sessionID: "S3", rank: 3)])
    }
}
