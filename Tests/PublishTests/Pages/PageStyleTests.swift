import Foundation
import Testing
@testable import Publish

/// The head every page shares (`PageStyle`), tested once, so that the golden pages can leave it
/// out: each HTML file starts with it in its own language, holds the style sheet once, and the
/// style sheet loads nothing and styles only what the pages use.
@Suite struct PageStyleTests {
    static let pages = Fixture.publication.files.filter { $0.path.hasSuffix(".html") }

    @Test func everyPageStartsWithTheSharedHeadInItsLanguageAndHoldsTheStyleSheetOnce() throws {
        #expect(Self.pages.count > Fixture.visitors.count + Fixture.hosts.count)
        for file in Self.pages {
            let code = try #require(file.text.firstMatch(of: /<html lang="([a-z]+)">/)?.1, "\(file.path)")
            let language = try #require(OutputLanguage(rawValue: String(code)), "\(file.path)")
            let script = file.path == Publication.teamIndexPath
            let head = PageLibrary.of(language).render("headStart", ["lang": language.rawValue, "script": script])
            #expect(file.text.hasPrefix(head), "\(file.path)")
            #expect(file.text.components(separatedBy: PageStyle.headEnd).count == 2, "\(file.path)")
        }
    }

    @Test func theHeadAllowsNoFetchAndOnlyTheIndexItsOwnScript() {
        let library = PageLibrary.of(.english)
        let plain = library.render("headStart", ["lang": "en", "script": false])
        let index = library.render("headStart", ["lang": "en", "script": true])
        #expect(plain.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(plain.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        #expect(index.contains("img-src data:; script-src 'unsafe-inline'\">"))
        #expect(plain.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(plain.contains("<meta name=\"referrer\" content=\"no-referrer\">"))
    }

    @Test func theStyleSheetLoadsNothingAndHasAPrintRule() {
        let style = PageStyle.headEnd
        #expect(style.hasPrefix("<style>\n") && style.hasSuffix("\n</style>\n</head>"))
        #expect(!style.contains("url(") && !style.contains("@import"))
        #expect(style.contains("@media print{"))
    }

    /// A rule for a class no page has is a rule nobody reads; the fixture's pages use them all.
    @Test func everyClassTheStyleSheetStylesIsOnSomePage() {
        let used = Set(Self.pages.flatMap { page in
            page.text.matches(of: /class="([^"]+)"/).flatMap { $0.1.split(separator: " ").map(String.init) }
        })
        let styled = Set(PageStyle.headEnd.matches(of: /\.([a-z][a-z0-9-]*)/).map { String($0.1) })
        #expect(!styled.isEmpty)
        #expect(styled.subtracting(used).isEmpty, "styled but on no page: \(styled.subtracting(used).sorted())")
    }
}
