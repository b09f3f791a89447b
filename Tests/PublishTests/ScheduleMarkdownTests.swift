import Scheduling
import Testing
@testable import Publish

/// Visitors' schedules: golden files, privacy, reasons.
@Suite struct ScheduleMarkdownTests {
    @Test func frenchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V001"), input: Fixture.input, waiting: Fixture.waiting),
                      matches: "schedule-fr.md")
    }

    @Test func dutchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V002"), input: Fixture.input, waiting: Fixture.waiting),
                      matches: "schedule-nl.md")
    }

    @Test func englishScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V003"), input: Fixture.input, waiting: Fixture.waiting),
                      matches: "schedule-en.md")
    }

    @Test func unassignedFrenchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V006"), input: Fixture.input, waiting: Fixture.waiting),
                      matches: "schedule-unassigned-fr.md")
    }

    @Test(arguments: Fixture.visitors.map(\.id))
    func scheduleNeverShowsAnotherVisitor(_ id: String) {
        let text = ScheduleMarkdown.render(Fixture.schedule(id), input: Fixture.input, waiting: Fixture.waiting)
        for other in Fixture.visitors where other.id != id {
            #expect(!text.contains(other.email), "\(id) shows \(other.email)")
            #expect(!text.contains(MarkdownText.inline(other.email)), "\(id) shows \(other.email)")
            #expect(!text.contains(MarkdownText.inline(other.lastName)), "\(id) shows \(other.lastName)")
            #expect(!text.contains(other.id))
        }
    }

    @Test func unassignedScheduleSaysWhatWasAskedWhatIsAwaitedAndWhomToContactWithoutIds() {
        let dutch = ScheduleMarkdown.render(Fixture.schedule("V005"), input: Fixture.input, waiting: Fixture.waiting)
        #expect(dutch.contains("U had gevraagd:\n* Brussels Outreach Point\n* Maison médicale Les Tilleuls, Dinsdag 4 november 2025"))
        #expect(dutch.contains("Zo bereikt u het coördinatieteam: Équipe du bassin Sud-Est, portesouvertes@example.org"))
        #expect(!dutch.contains("H003") && !dutch.contains("S0001") && !dutch.contains("beschikbaarheid"))

        let french = ScheduleMarkdown.render(Fixture.schedule("V006"), input: Fixture.input, waiting: Fixture.waiting)
        #expect(french.contains("Vous êtes sur la liste d'attente pour :\n* votre choix n° 1 : Wijkgezondheidscentrum De Brug"))
        #expect(!french.contains("S0005"))

        let other = ScheduleMarkdown.render(Fixture.schedule("V007"), input: Fixture.input, waiting: Fixture.waiting)
        #expect(other.contains("Dear Jordan,"))
        #expect(other.contains("Your registration named no host."))
        #expect(other.contains("Contact the coordination team of bassin Sud-Est"))
    }

    @Test func suggestionIsSaidToBeOne() {
        let text = ScheduleMarkdown.render(Fixture.schedule("V003"), input: Fixture.input, waiting: Fixture.waiting)
        #expect(text.contains("A suggestion: this session was not among your choices"))
        #expect(text.contains("This was your choice no. 1."))
    }

    @Test func visitorTextIsMarkdownEscaped() {
        let text = ScheduleMarkdown.render(Fixture.schedule("V004"), input: Fixture.input, waiting: Fixture.waiting)
        #expect(text.contains("Bonjour Chloé,"))
        #expect(text.hasSuffix("Belles découvertes !\n"))
    }
}
