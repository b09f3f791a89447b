import Matching
import Scheduling
import Testing
@testable import Publish

/// Each change a variant makes to a week, and the changes it refuses.
@Suite struct PlanVariantTests {
    let base = VariantFixture.input

    @Test func maxVisitsChangesEveryoneButThoseWhoAskedForNone() throws {
        let changed = try PlanVariant.maxVisits(3).applied(to: base)
        #expect(changed.visitors.map(\.maxVisits) == [3, 3, 3, 3, 3, 0], "F asked for no visit")
        #expect(changed.event.defaultMaxVisits == 3)
        #expect(base.visitors.map(\.maxVisits) == [2, 2, 2, 3, 2, 0], "the week itself is untouched")
        #expect(throws: VariantError.tooSmall(.maxVisits, least: 1, found: 0)) { try PlanVariant.maxVisits(0).applied(to: base) }
    }

    @Test func theObjectivesOrderIsStatedAndAReplanStillKeepsFirst() throws {
        let changed = try PlanVariant.objective([.mix, .coverage, .preference]).applied(to: base)
        #expect(changed.event.objective == [.mix, .coverage, .preference])
        #expect(changed.event.objectiveIsGiven)
        #expect(changed.tiers == [.keep, .mix, .coverage, .preference])
        #expect(throws: VariantError.objective) { try PlanVariant.objective([.mix, .mix]).applied(to: base) }
        #expect(throws: VariantError.objective) { try PlanVariant.objective([.keep, .coverage]).applied(to: base) }
        #expect(throws: VariantError.objective) { try PlanVariant.objective([]).applied(to: base) }
    }

    @Test func anAddedSessionTakesItsHostsLanguagesAndItsIdMustBeNew() throws {
        let new = Session(id: "SN3", hostID: "HN", slot: VariantFixture.slot("2025-11-06", "14:00", "16:00"), capacity: 4, languages: [])
        let changed = try PlanVariant.addSession(new).applied(to: base)
        #expect(changed.sessions.map(\.id) == ["SF1", "SN1", "SN2", "SN3"])
        #expect(changed.session("SN3")?.languages == ["nl"])
        #expect(changed.sessions(ofHost: "HN").count == 3)
        var taken = new
        taken.id = "SN1"
        #expect(throws: VariantError.idTaken("SN1")) { try PlanVariant.addSession(taken).applied(to: base) }
        taken.id = "HF"
        #expect(throws: VariantError.idTaken("HF"), "a choice of HF would name both") { try PlanVariant.addSession(taken).applied(to: base) }
        var stray = new
        stray.hostID = "H9"
        #expect(throws: VariantError.unknownHost("H9")) { try PlanVariant.addSession(stray).applied(to: base) }
        var small = new
        small.minVisitors = 5
        #expect(throws: VariantError.minimumAboveCapacity(session: "SN3", minimum: 5, capacity: 4)) {
            try PlanVariant.addSession(small).applied(to: base)
        }
    }

    @Test func aRemovedSessionTakesItsPinsAndChoicesWithIt() throws {
        let changed = try PlanVariant.removeSession("SN1").applied(to: base)
        #expect(changed.session("SN1") == nil)
        #expect(changed.sessions.map(\.id) == ["SF1", "SN2"])
        #expect(changed.pins.count == 2 && !changed.pins.contains { $0.target == .session("SN1") })
        #expect(changed.visitor("A")?.choices == ["SF1"])
        #expect(changed.visitor("B")?.choices == [])
        let c = try PlanVariant.removeSession("SN2").applied(to: base)
        #expect(Eligibility(c).rankedChoices(ofVisitor: "C") == ["SF1", "HF"], "HF moves up to rank 2")
        #expect(c.pins.map(\.target) == [.session("SN1"), .host("HN")])
        #expect(throws: VariantError.unknownSession("S404")) { try PlanVariant.removeSession("S404").applied(to: base) }
    }

    @Test func aResizedSessionKeepsItsMinimum() throws {
        let changed = try PlanVariant.resizeSession("SN1", capacity: 2).applied(to: base)
        #expect(changed.session("SN1")?.capacity == 2)
        #expect(changed.sessions.map(\.capacity) == [2, 2, 3])
        #expect(throws: VariantError.minimumAboveCapacity(session: "SN2", minimum: 3, capacity: 2)) {
            try PlanVariant.resizeSession("SN2", capacity: 2).applied(to: base)
        }
        #expect(throws: VariantError.tooSmall(.capacity, least: 1, found: 0)) {
            try PlanVariant.resizeSession("SF1", capacity: 0).applied(to: base)
        }
    }

    @Test func aHostsDailyLimitIsSetOrLifted() throws {
        #expect(try PlanVariant.hostDailyLimit("HF", 1).applied(to: base).host("HF")?.maxVisitorsPerDay == 1)
        #expect(try PlanVariant.hostDailyLimit("HN", nil).applied(to: base).host("HN")?.maxVisitorsPerDay == nil)
        #expect(throws: VariantError.tooSmall(.dailyLimit, least: 1, found: 0)) { try PlanVariant.hostDailyLimit("HN", 0).applied(to: base) }
        #expect(throws: VariantError.unknownHost("HZ")) { try PlanVariant.hostDailyLimit("HZ", 2).applied(to: base) }
    }

    @Test func everythingElseAndThePreviousPlanStayAsTheyWere() throws {
        let changed = try PlanVariant.hostDailyLimit("HF", 1).applied(to: base)
        #expect(changed.previous == base.previous)
        #expect(changed.visitors == base.visitors && changed.sessions == base.sessions && changed.pins == base.pins)
        #expect(changed.event == base.event)
    }

    @Test func aChangedWeekIsPlannedByThePlanner() throws {
        var week = base
        week.previous = nil
        let before = try Planner.plan(week)
        let after = try Planner.plan(try PlanVariant.resizeSession("SN1", capacity: 2).applied(to: week))
        #expect(!before.assignments.contains { $0.visitorID == "B" }, "SN1's one place is A's pin")
        #expect(after.assignments.contains { $0.visitorID == "B" && $0.sessionID == "SN1" })
    }

    @Test(arguments: [Language.french, .dutch, .english])
    func refusalsAndSummariesAreSaidInEveryLanguage(_ language: Language) {
        let messages = [VariantError.unknownSession("S404"), .unknownHost("H9"), .idTaken("SN1"),
                        .tooSmall(.capacity, least: 1, found: 0), .minimumAboveCapacity(session: "SN2", minimum: 3, capacity: 2),
                        .objective].map { $0.message(in: language) }
        #expect(messages.allSatisfy { !$0.isEmpty && !$0.contains("{{") })
        #expect(messages[0].contains("S404") && messages[3].contains("0"))
        let summaries = [PlanVariant.maxVisits(3), .objective([.mix, .coverage]), .removeSession("SN1"),
                         .resizeSession("SN1", capacity: 2), .hostDailyLimit("HN", nil),
                         .addSession(Session(id: "SN3", hostID: "HN", slot: VariantFixture.slot("2025-11-06", "14:00", "16:00"),
                                             capacity: 4, languages: []))]
            .map { $0.summary(base: base, language: language) }
        #expect(summaries.allSatisfy { !$0.isEmpty && !$0.contains("{{") })
        #expect(summaries[3].contains("1 → 2"))
        #expect(summaries[2].contains("Dienst <N>"), "plain text: the fragment escapes it")
    }

    @Test func summariesSayWhatChangedInFrench() {
        #expect(PlanVariant.objective([.mix, .coverage]).summary(base: base, language: "fr")
                == "Critères dans cet ordre : faire se rencontrer des secteurs différents, puis servir le plus de visiteurs possible")
        #expect(PlanVariant.hostDailyLimit("HN", 2).summary(base: base, language: "fr")
                == "Dienst <N> : au plus 2 visiteurs par jour (au lieu de 4)")
        #expect(PlanVariant.resizeSession("SN1", capacity: 2).summary(base: base, language: "fr")
                == "Session SN1 (Dienst <N>, Mardi 4 novembre 2025, 14h–16h) : 1 → 2 places")
    }
}
