import Foundation
import Scheduling
import Testing
@testable import Publish

/// Calendars that update themselves across re-plans (RFC 5546): kept UIDs, higher SEQUENCEs,
/// cancellations with the old UID, and a history that carries on from one re-plan to the next.
@Suite struct CalendarUpdateTests {
    static func lines(_ ics: String?, _ prefix: String) -> [String] {
        (ics ?? "").components(separatedBy: "\r\n").filter { $0.hasPrefix(prefix) }
    }

    static func uid(_ session: String, _ visitor: String?) -> String {
        "UID:" + PersonCalendar.uid(Fixture.event.name, session, visitor)
    }

    @Test func aVisitThatMovesKeepsItsUIDWithAHigherSequence() {
        // Amélie had S0001 (called off) and S0004; she now has S0002 and S0004.
        let ics = ReplanFixture.visitorCalendar("V001")
        #expect(Self.lines(ics, "METHOD:") == ["METHOD:PUBLISH"])
        #expect(Self.lines(ics, "UID:") == [Self.uid("S0004", "V001"), Self.uid("S0001", "V001")],
                "S0004 first (4 Nov), then the immersion of 6 Nov under the UID of the visit it replaces")
        #expect(Self.lines(ics, "SEQUENCE:") == ["SEQUENCE:1"])
        #expect(ics?.contains("SEQUENCE:1\r\nDTSTAMP:20251020T150200Z\r\nDTSTART;TZID=Europe/Brussels:20251106T090000") == true)
        #expect(Self.lines(ics, "STATUS:") == ["STATUS:CONFIRMED", "STATUS:CONFIRMED"])
    }

    @Test func aVisitorWithNothingLeftGetsACancellationWithTheSameUIDs() {
        let ics = ReplanFixture.visitorCalendar("V002")
        #expect(Self.lines(ics, "METHOD:") == ["METHOD:CANCEL"])
        #expect(Self.lines(ics, "UID:") == [Self.uid("S0004", "V002"), Self.uid("S0005", "V002")])
        #expect(Self.lines(ics, "SEQUENCE:") == ["SEQUENCE:1", "SEQUENCE:1"])
        #expect(Self.lines(ics, "STATUS:") == ["STATUS:CANCELLED", "STATUS:CANCELLED"])
        #expect(Self.lines(ics, "ORGANIZER").first == "ORGANIZER;CN=Équipe du bassin Sud-Est:mailto:portesouvertes@example.org")
        #expect(Self.lines(ics, "ATTENDEE").allSatisfy { $0.hasSuffix("mailto:pieter.janssens@example.org") })
    }

    @Test func aVisitorWhoseVisitsStayHasTheSameCalendarBytes() {
        #expect(ReplanFixture.visitorCalendar("V003") == Fixture.visitorFile("V003", "ics")?.text)
    }

    @Test func aVisitThatIsGoneBesideOthersIsPublishedCancelledWithItsUID() {
        // Chloé (V004) keeps S0006 and loses S0001, which the host called off.
        let ics = ReplanFixture.visitorCalendar("V004")
        #expect(Self.lines(ics, "METHOD:") == ["METHOD:PUBLISH"])
        #expect(Self.lines(ics, "UID:") == [Self.uid("S0006", "V004"), Self.uid("S0001", "V004")])
        #expect(ics?.contains(Self.uid("S0001", "V004") + "\r\nSEQUENCE:1\r\n") == true)
        #expect(Self.lines(ics, "STATUS:") == ["STATUS:CONFIRMED", "STATUS:CANCELLED"])
        #expect(Self.lines(ics, "SUMMARY:").last == "SUMMARY:Annulé : Portes Ouvertes : Maison médicale Les Tilleuls")
    }

    @Test func aHostsSessionGetsAHigherSequenceWhenItsVisitorsChange() throws {
        let ics = try #require(ReplanFixture.file("site/hosts/\(Fixture.siteKey.token("host", "H002")).ics")).text
        let events = ics.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        #expect(events.allSatisfy { $0.contains("SEQUENCE:1") }, "V002 left S0004 and S0005, V006 joined S0005")
        let h003 = try #require(ReplanFixture.file("site/hosts/\(Fixture.siteKey.token("host", "H003")).ics")).text
        #expect(!h003.contains("SEQUENCE"), "nothing changed for H003")
    }

    @Test func theHistoryReadsBackAndAChainOfReplansKeepsIncrementing() throws {
        let history = ReplanFixture.publication.calendarHistory
        #expect(CalendarHistory(json: Data(history.json.utf8)) == history)
        // Publishing the re-plan again changes nothing.
        let again = Publication(plan: ReplanFixture.plan, input: ReplanFixture.input, options: PublicationOptions(
            siteKey: Fixture.siteKey, eml: true, calendarHistory: history))
        #expect(again.calendarHistory == history)
        // The next re-plan moves the immersion S0002 by an hour: Amélie's event keeps its UID, SEQUENCE 2;
        // Pieter's cancellation stays as it was sent.
        let moved = ReplanFixture.sessions.map { s -> Session in
            var s = s
            if s.id == "S0002" { s.slot = Fixture.slot("2025-11-06", "10:00", "16:30") }
            return s
        }
        let input = PlanningInput(event: Fixture.event, hosts: Fixture.hosts, sessions: moved, visitors: ReplanFixture.visitors,
                                  previous: PreviousPlan(path: "plans/week-2", assignments: ReplanFixture.assignments))
        var plan = ReplanFixture.plan
        plan.previous = "plans/week-2"
        plan.changes = []
        let third = Publication(plan: plan, input: input, options: PublicationOptions(siteKey: Fixture.siteKey, calendarHistory: history))
        let ics = third.files.first { $0.path == "site/visitors/\(Fixture.siteKey.token("visitor", "V001")).ics" }?.text
        #expect(ics?.contains(Self.uid("S0001", "V001") + "\r\nSEQUENCE:2\r\n") == true)
        let cancelled = third.files.first { $0.path == "site/visitors/\(Fixture.siteKey.token("visitor", "V002")).ics" }?.text
        #expect(cancelled == ReplanFixture.visitorCalendar("V002"))
    }

    @Test func aPreviousPlanAloneGivesTheStableUIDsAndStartsFromZero() {
        let alone = Publication(plan: ReplanFixture.plan, input: ReplanFixture.input,
                                options: PublicationOptions(siteKey: Fixture.siteKey, eml: true))
        let ics = alone.files.first { $0.path == "site/visitors/\(Fixture.siteKey.token("visitor", "V001")).ics" }?.text
        #expect(ics == ReplanFixture.visitorCalendar("V001"), "the same UIDs and SEQUENCEs as with calendar.json")
        #expect(alone.calendarHistory == ReplanFixture.publication.calendarHistory)
    }
}
