import Foundation
import Scheduling
import Testing
@testable import Publish

/// The report after the week: attendance per host, per day and per kind of session, and the
/// evaluation form's summary, which names no respondent.
@Suite struct AfterWeekReportTests {
    static func report(feedback: Feedback? = nil) -> String {
        var page = ReportPage(plan: Fixture.plan, firstComeFirstServed: Fixture.plan, input: Fixture.input, language: .english)
        page.attendance = WeekFixture.attendance
        page.feedback = feedback
        return page.html
    }

    @Test func attendanceIsCountedPerHostDayAndKind() {
        let html = Self.report()
        #expect(html.contains("Recorded on Wednesday 12 November 2025 from the sign-in sheets: 5 visits made of the 8 planned (63%), 3 no-shows; 3 people came at least once."))
        #expect(html.contains("<tr><th scope=\"row\">Maison médicale Les Tilleuls</th><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>"),
                "S0001: V001 came, V004 did not; S0002: V003 came")
        #expect(html.contains("<tr><th scope=\"row\">Brussels Outreach Point</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Saturday 1 November 2025</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Immersion (kijkstage)</th><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"))
        #expect(!html.contains("Amélie") && !html.contains("V004"), "counts only")
        var before = ReportPage(plan: Fixture.plan, firstComeFirstServed: Fixture.plan, input: Fixture.input, language: .english)
        before.attendance = nil
        #expect(!before.html.contains("id=\"attendance\""), "no section before attendance is recorded")
    }

    @Test func feedbackIsSummarisedPerHostAndOverall() {
        let feedback = Feedback(questions: [Feedback.Question(label: "Satisfaction", isScore: true, scale: 5),
                                            Feedback.Question(label: "Comment", isScore: false)],
                                answers: [Feedback.Answer(hostID: "H001", scores: [5, nil], texts: [nil, "Very useful"]),
                                          Feedback.Answer(hostID: "H001", scores: [4, nil], texts: [nil, "A warm welcome"]),
                                          Feedback.Answer(hostID: nil, scores: [2, nil], texts: [nil, nil])])
        let html = Self.report(feedback: feedback)
        #expect(html.contains("3 answers to the team's evaluation form."))
        #expect(html.contains("<tr><th scope=\"row\">Satisfaction</th><td class=\"num\">3</td><td class=\"num\">3.7 / 5</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Satisfaction</th><td class=\"num\">2</td><td class=\"num\">4.5 / 5</td></tr>"))
        let comments = html.components(separatedBy: "<li><strong>Comment</strong>: ").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(comments == ["A warm welcome", "Very useful"], "alphabetical, not in the order of answers")
        #expect(html.contains("<h3>Answers that name no known host</h3>"))
    }
}
