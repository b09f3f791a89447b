import Testing
@testable import Matching
import Scheduling

/// Each eligibility rule (contract §2) on an instance where breaking it would pay.
@Suite struct EligibilityRuleTests {
    /// One host, one roomy session, one visitor who ranks it: the visitor would be covered.
    private func single(_ configure: (inout InstanceBuilder) -> Void) -> Plan {
        var b = InstanceBuilder()
        b.host("HA", languages: ["fr"], organization: "CPAS d'Ixelles")
        b.session("A", host: "HA", "09:00", "12:00")
        b.visitor("V1", choices: ["HA"])
        configure(&b)
        return plannedAndValidated(b.input)
    }

    @Test func aVisitorWhoRankedNothingAndIsNotOpenGetsNothing() {
        let plan = single { $0.visitors[0].choices = [] }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noChoices)
    }

    @Test func aVisitorOpenToSuggestionsMayGetAnUnrankedSession() {
        let plan = single { $0.visitors[0].choices = []; $0.visitors[0].openToSuggestions = true }
        #expect(plan.assignments == [Assignment(visitorID: "V1", sessionID: "A", rank: nil)])
    }

    @Test func aSessionOutsideTheVisitorsWindowsIsNotGiven() {
        let plan = single { $0.visitors[0].available = [TimeWindow(availability: "2025-11-04 10:00-13:00")!] }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noEligibleChoice([ChoiceObstacle(choice: "HA", reasons: [.notAvailable])]))
    }

    @Test func aSessionSpanningTwoTouchingWindowsIsGiven() {
        let plan = single { b in
            b.sessions[0].slot = TimeWindow(date: InstanceBuilder.day, start: TimeOfDay(hhmm: "09:00")!, end: TimeOfDay(hhmm: "16:30")!)!
            b.visitors[0].available = ["2025-11-04 am", "2025-11-04 pm"].map { TimeWindow(availability: $0)! }
        }
        #expect(plan.assignments.count == 1)
    }

    @Test func aVisitorWithoutACommonLanguageIsNotSent() {
        let plan = single { $0.visitors[0].languages = ["nl", "en"] }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noEligibleChoice([ChoiceObstacle(choice: "HA", reasons: [.noCommonLanguage])]))
    }

    @Test func theSessionsOwnLanguagesOverrideTheHosts() {
        let plan = single { b in
            b.hosts[0].languages = ["fr", "nl"]
            b.sessions[0].languages = ["nl"]
            b.visitors[0].languages = ["fr"]
        }
        #expect(plan.assignments.isEmpty)
    }

    @Test func aVisitorNeverVisitsTheirOwnOrganizationWhateverTheSpellingOrAccents() {
        let plan = single { $0.visitors[0].organization = "  cpas D'IXELLES " }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noEligibleChoice([ChoiceObstacle(choice: "HA", reasons: [.ownOrganization])]))
        let accents = single { b in
            b.hosts[0].organization = "Maison médicale  Les Tilleuls"
            b.visitors[0].organization = "maison medicale les tilleuls"
        }
        #expect(accents.assignments.isEmpty)
    }

    @Test func aVisitorWhoNeedsAccessOnlyGoesToAccessibleHosts() {
        let plan = single { $0.visitors[0].needsAccess = true }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noEligibleChoice([ChoiceObstacle(choice: "HA", reasons: [.notAccessible])]))
        let accessible = single { $0.visitors[0].needsAccess = true; $0.hosts[0].accessible = true }
        #expect(accessible.assignments.count == 1)
    }

    @Test func aVisitorWithMaxVisitsZeroGetsNothing() {
        let plan = single { $0.visitors[0].maxVisits = 0; $0.visitors[0].openToSuggestions = true }
        #expect(plan.assignments.isEmpty)
        #expect(plan.unassigned.first?.reason == .noVisitsAllowed)
    }

    @Test func ranksCountDuplicatesOnceAndStopAtMaxChoices() {
        var b = InstanceBuilder()
        b.event.maxChoices = 2
        for h in ["H1", "H2", "H3"] { b.host(h) }
        b.session("S1", host: "H1", "09:00", "10:00")
        b.session("S2", host: "H2", "13:00", "14:00")
        b.session("S3", host: "H3", "16:00", "17:00")
        b.visitor("V1", choices: ["H2", "H2", "S3", "H1"], maxVisits: 3)
        let plan = plannedAndValidated(b.input)
        // H1 is the fourth entry, third after removing the duplicate: past K = 2.
        #expect(plan.assignments == [
            Assignment(visitorID: "V1", sessionID: "S2", rank: 1),
            Assignment(visitorID: "V1", sessionID: "S3", rank: 2),
        ])
        #expect(plan.value(.preference) == 2 + 1)
    }

    @Test func aSessionTakesTheBetterOfItsOwnRankAndItsHostsRank() {
        var b = InstanceBuilder()
        b.host("H1"); b.host("H2")
        b.session("S1", host: "H1")
        b.session("S2", host: "H2", "14:00", "15:00")
        b.visitor("V1", choices: ["H2", "H1", "S1"], maxVisits: 1)
        let rank = Eligibility(b.input).rank(visitor: 0, session: 0)
        #expect(rank == 2)
        b.visitors[0].choices = ["S1", "H2", "H1"]
        #expect(Eligibility(b.input).rank(visitor: 0, session: 0) == 1)
    }

    /// The pairs the model is built from are exactly the pairs the rules admit, one by one, with their
    /// rank and pin: the fast listing reads each visitor's side once and must not drift from the rules.
    @Test(arguments: 0..<200)
    func pairsAreExactlyTheEligiblePairs(seed: UInt64) {
        let input = seed % 2 == 0 ? RandomInstances.make(seed: seed, hosts: 5, sessions: 9, visitors: 8)
            : RandomInstances.withDecisions(seed: seed, hosts: 5, sessions: 9, visitors: 8)
        let eligibility = Eligibility(input)
        let listed = eligibility.pairs()
        var expected: [EligiblePair] = []
        for v in input.visitors.indices {
            for s in input.sessions.indices where eligibility.isEligible(visitor: v, session: s) {
                expected.append(EligiblePair(visitor: v, session: s, rank: eligibility.rank(visitor: v, session: s),
                                             pinned: eligibility.isPinned(visitor: v, session: s)))
            }
        }
        #expect(listed == expected)
    }

    @Test func aLargeWeeksPairsReadInSlicesOnEveryCoreAreThePairsReadVisitorByVisitor() {
        // 1,200 visitors: read in slices of visitors at once, joined in order.
        let eligibility = Eligibility(RandomInstances.make(seed: 5, hosts: 30, sessions: 60, visitors: 1200))
        let pairs = eligibility.pairs()
        #expect(pairs.count > 1200)
        #expect(pairs == eligibility.pairs(of: eligibility.input.visitors.indices))
    }
}
