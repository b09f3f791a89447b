import Foundation
import Scheduling
@testable import Publish

/// The fixture's week once it happened: who came (recorded on 12 November 2025), and the
/// publication with it. V001 came to both visits, V002 to one of two, V003 to both (an
/// immersion and a visit), V004 to none.
enum WeekFixture {
    static let attendance = Attendance(recordedOn: Fixture.date("2025-11-12"), marks: [
        .init(visitorID: "V001", sessionID: "S0001", present: true), .init(visitorID: "V001", sessionID: "S0004", present: true),
        .init(visitorID: "V002", sessionID: "S0004", present: true), .init(visitorID: "V002", sessionID: "S0005", present: false),
        .init(visitorID: "V003", sessionID: "S0002", present: true), .init(visitorID: "V003", sessionID: "S0006", present: true),
        .init(visitorID: "V004", sessionID: "S0001", present: false), .init(visitorID: "V004", sessionID: "S0006", present: false),
    ])

    /// The publication with attendance recorded, with `.eml` files.
    static let publication = Publication(plan: Fixture.plan, input: Fixture.input, options: PublicationOptions(
        siteKey: Fixture.siteKey, teamLanguage: .french, siteURL: "https://example.org/po", eml: true, attendance: attendance))

    /// The published file at `path`.
    static func file(_ path: String) -> PublishedFile? { publication.files.first { $0.path == path } }

    static let sheets = SignInSheets(plan: Fixture.plan, input: Fixture.input, siteKey: Fixture.siteKey, teamLanguage: .french)

    /// A page of the week with the head every page shares and the print style each replaced by a
    /// marker line (as `Golden.content(ofPage:language:)` does for the other pages), so that its golden
    /// file holds what the page says; the print style is tested once, in `printStyleIsInEveryPrintedPageOnce`.
    static func content(ofPage html: String, language: String) -> String {
        let output = OutputLanguage(rawValue: language)!
        return Golden.content(ofPage: html, language: output)
            .replacingOccurrences(of: PageLibrary.of(output).render("printStyle", [:]), with: "<!-- WeekLayouts.printStyle -->\n")
    }
}
