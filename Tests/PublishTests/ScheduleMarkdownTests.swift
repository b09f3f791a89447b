import Scheduling
import Testing
@testable import Publish

/// Visitors' schedules: golden files, privacy, reasons.
@Suite struct ScheduleMarkdownTests {
    @Test func frenchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V001"), input: Fixture.input),
                      matches: "schedule-fr.md")
    }

    @Test func dutchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V002"), input: Fixture.input),
                      matches: "schedule-nl.md")
    }

    @Test func englishScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V003"), input: Fixture.input),
                      matches: "schedule-en.md")
    }

    @Test func unassignedFrenchScheduleMatchesGolden() {
        Golden.expect(ScheduleMarkdown.render(Fixture.schedule("V006"), input: Fixture.input),
                      matches: "schedule-unassigned-fr.md")
    }

    @Test(arguments: Fixture.visitors.map(\.id))
    func scheduleNeverShowsAnotherVisitor(_ id: String) {
        let text = ScheduleMarkdown.render(Fixture.schedule(id), input: Fixture.input)
        for other in Fixture.visitors where other.id != id {
            #expect(!text.contains(other.email), "\(id) shows \(other.email)")
            #expect(!text.contains(MarkdownText.inline(other.email)), "\(id) shows \(other.email)")
            #expect(!text.contains(MarkdownText.inline(other.lastName)), "\(id) shows \(other.lastName)")
            #expect(!text.contains(other.id))
        }
    }

    @Test func unassignedScheduleShowsTheReasonInTheVisitorsLanguage() {
        let dutch = ScheduleMarkdown.render(Fixture.schedule("V005"), input: Fixture.input)
        let reason = ReasonText.text(Fixture.plan.unassigned[0].reason, in: .dutch, input: Fixture.input)
        #expect(dutch.contains("**Waarom?** " + MarkdownText.inline(reason)))
        #expect(dutch.contains("coördinatieteam van bassin Sud-Est"))

        let other = ScheduleMarkdown.render(Fixture.schedule("V007"), input: Fixture.input)
        #expect(other.contains("Dear Jordan,"))
        #expect(other.contains("**Why?** No choices given and not open to suggestions."))
        #expect(other.contains("Contact the coordination team of bassin Sud-Est"))
    }

    @Test func suggestionIsSaidToBeOne() {
        let text = ScheduleMarkdown.render(Fixture.schedule("V003"), input: Fixture.input)
        #expect(text.contains("A suggestion: this session was not among your choices"))
        #expect(text.contains("This was your choice no. 1."))
    }

    @Test func visitorTextIsMarkdownEscaped() {
        let text = ScheduleMarkdown.render(Fixture.schedule("V004"), input: Fixture.input)
        #expect(text.contains("Bonjour Chloé,"))
        #expect(text.hasSuffix("Belles découvertes !\n"))
    }
}
