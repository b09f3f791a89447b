import Scheduling
import Testing
@testable import Publish

/// Supply and demand before matching, on `DemandFixture`, every figure counted by hand.
@Suite struct SupplyDemandTests {
    let figures = SupplyDemand(input: DemandFixture.input)

    func host(_ id: String) -> HostDemand { figures.hosts.first { $0.hostID == id }! }
    func session(_ id: String) -> SessionDemand? { figures.sessions.first { $0.sessionID == id } }

    @Test func aHostWithTwoPlacesRankedFirstByFiveWhoMayGoIsOversubscribed() {
        let h1 = host("H1")
        #expect(h1.demand == Demand(places: 2, firstChoice: 6, anyRank: 6, eligible: 5),
                "V1–V5 and V8 ranked H1 first; V8 follows only Dutch, H1 gives visits in French")
        #expect(h1.demand.unmet == 3)
        #expect(h1.oneMoreSlotServes == 2, "one more 2-place session serves 2 of the 3")
        #expect(figures.oversubscribed.map(\.hostID) == ["H1", "H4"])
    }

    @Test func theHostWhereOneMoreSlotServesMostComesFirstNotTheOneWithMostUnmet() {
        let h4 = host("H4")
        #expect(h4.demand.unmet == 4 && h4.oneMoreSlotServes == 1, "5 people, 1 place, slots of 1")
        #expect(host("H1").demand.unmet < h4.demand.unmet)
        #expect(figures.oversubscribed.first?.hostID == "H1")
    }

    @Test func aDailyLimitCapsAHostsPlacesAndItsNextSlot() {
        let h2 = host("H2")
        #expect(h2.demand.places == 5, "4 + 2 places on 4 November capped at 3, and 2 on 5 November")
        #expect(h2.slotSize == 3, "its largest session has 4 places, but it receives 3 a day")
        #expect(h2.demand == Demand(places: 5, firstChoice: 1, anyRank: 3, eligible: 3))
        #expect(!h2.isOversubscribed)
        #expect(figures.places == 2 + 5 + 3 + 1)
    }

    @Test func aWithdrawnVisitorCountsNowhere() {
        #expect(session("S2")?.demand.anyRank == 2, "V3 (through H2) and V7; V6 withdrew")
        #expect(session("S3")?.demand.anyRank == 1)
        #expect(figures.visitors == 13 && figures.visitsWanted == 26)
        var visitors = DemandFixture.visitors
        visitors[5].cancelled = false
        let again = SupplyDemand(input: PlanningInput(event: DemandFixture.input.event, hosts: DemandFixture.hosts,
                                                      sessions: DemandFixture.sessions, visitors: visitors))
        #expect(again.sessions.first { $0.sessionID == "S2" }?.demand.anyRank == 3)
        #expect(again.visitors == 14)
    }

    @Test func aCalledOffSessionCountsNowhereAndTheSessionNobodyChoseIsListed() {
        #expect(session("S6") == nil, "S6 was called off")
        #expect(host("H3").demand == Demand(places: 3), "V5 ranked only the called-off S6 at H3")
        #expect(figures.nobodyChose.map(\.sessionID) == ["S5"])
        #expect(figures.sessions.map(\.sessionID) == ["S1", "S2", "S3", "S4", "S5", "S8"], "in time order")
    }

    @Test func sessionsCountFirstChoicesAnyRankAndWhoMayGo() {
        #expect(session("S1")?.demand == Demand(places: 2, firstChoice: 6, anyRank: 6, eligible: 5))
        #expect(session("S4")?.demand == Demand(places: 2, firstChoice: 0, anyRank: 2, eligible: 2), "V2 rank 2, V3 through H2")
        #expect(session("S8")?.demand == Demand(places: 1, firstChoice: 5, anyRank: 5, eligible: 5))
    }

    @Test func daysAndHalfDaysGatherTheirSessionsAndCountEachPersonOnce() {
        let days = figures.halfDays.map { "\($0.date) \($0.half!.rawValue)" }
        #expect(days == ["2025-11-04 morning", "2025-11-04 afternoon", "2025-11-05 morning",
                         "2025-11-05 afternoon", "2025-11-06 morning"])
        #expect(figures.halfDays[1].sessions == 2)
        #expect(figures.halfDays[1].demand == Demand(places: 6, firstChoice: 1, anyRank: 2, eligible: 2),
                "V3 ranked both S2 and S3 through H2 and counts once")
        #expect(figures.halfDays[2].demand == Demand(places: 2, firstChoice: 0, anyRank: 2, eligible: 2),
                "S4 only: the called-off S6 of that morning adds nothing")
        #expect(figures.days.map { "\($0.date)" } == ["2025-11-04", "2025-11-05", "2025-11-06"])
        #expect(figures.days[0].sessions == 3)
        #expect(figures.days[0].demand == Demand(places: 8, firstChoice: 7, anyRank: 7, eligible: 6),
                "V3 ranked S1 and S2–S3 that day and counts once; V8 may not go to the French S1")
        #expect(figures.days[1].demand == Demand(places: 5, firstChoice: 0, anyRank: 2, eligible: 2))
        #expect(DayDemand.Half(start: TimeOfDay(hhmm: "11:59")!) == .morning)
        #expect(DayDemand.Half(start: TimeOfDay(hhmm: "12:00")!) == .afternoon)
    }

    @Test func languagesSetFrenchDutchAndBilingualDemandAgainstPlaces() {
        let byGroup = Dictionary(uniqueKeysWithValues: figures.languages.map { ($0.group, $0) })
        #expect(figures.languages.map(\.group) == [.frenchOnly, .dutchOnly, .bilingual, .other])
        #expect(byGroup[.frenchOnly] == LanguageDemand(group: .frenchOnly, visitors: 9, visitsWanted: 18, places: 6, placesTheyCanFollow: 8))
        #expect(byGroup[.dutchOnly] == LanguageDemand(group: .dutchOnly, visitors: 2, visitsWanted: 4, places: 6, placesTheyCanFollow: 8),
                "V6 withdrew; S2 and S3 are Dutch, S4 is bilingual")
        #expect(byGroup[.bilingual] == LanguageDemand(group: .bilingual, visitors: 1, visitsWanted: 2, places: 2, placesTheyCanFollow: 14))
        #expect(byGroup[.other] == LanguageDemand(group: .other, visitors: 1, visitsWanted: 2, places: 0, placesTheyCanFollow: 0))
    }

    @Test func accessiblePlacesAgainstNeeds() {
        #expect(figures.access == AccessDemand(visitors: 2, visitsWanted: 4, accessiblePlaces: 5, withoutAccessibleChoice: 1),
                "V4 ranked the accessible H1, V9 ranked nothing; H1 has 2 places and H3 3 (its called-off session not counted)")
    }
}
