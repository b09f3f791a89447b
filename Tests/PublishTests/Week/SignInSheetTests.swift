import Foundation
import Scheduling
import Testing
@testable import Publish

/// Sign-in sheets: one printable page per running session in the host's language, linked from the
/// host's page and the team's index, and one file per day with all of that day's sheets.
@Suite struct SignInSheetTests {
    static func sheet(_ session: String) throws -> String {
        let path = try #require(WeekFixture.sheets.sheetPath(Fixture.input.session(session)!))
        return try #require(Fixture.file(path)).text
    }

    @Test func printStyleIsInEveryPrintedPageOnce() throws {
        let style = PageLibrary.of(.french).render("printStyle", [:])
        #expect(style.contains("@page{size:A4 portrait"))
        let pages = try ["S0001", "S0004", "S0006"].map(Self.sheet) + ["V001", "V002", "V003"].map { try #require(CertificateTests.certificate($0)) }
        for page in pages { #expect(page.components(separatedBy: style).count == 2) }
    }

    @Test(arguments: [("S0001", "fr"), ("S0004", "nl"), ("S0006", "en")])
    func sheetMatchesGolden(_ session: String, _ language: String) throws {
        Golden.expect(WeekFixture.content(ofPage: try Self.sheet(session), language: language), matches: "sheet-\(language).html")
    }

    @Test func aSheetListsItsSessionsVisitorsWithBlankLinesAndNobodyElse() throws {
        let html = try Self.sheet("S0001")
        #expect(html.contains("<th scope=\"row\">Dupont, Amélie</th><td>CPAS d&#39;Exemple</td><td></td>"))
        #expect(html.contains("Martin | Test, Chloé"))
        for other in ["Janssens", "Taylor", "Peeters", "Lambert", "Smith"] { #expect(!html.contains(other), "\(other) is not at S0001") }
        #expect(html.components(separatedBy: "<tr><td class=\"num\">").count - 1 == SignInSheets.minimumRows,
                "two visitors and ten blank lines for walk-ins")
        #expect(html.contains("@page{size:A4 portrait"), "printed on A4")
        #expect(html.contains("<th scope=\"col\" class=\"signature\">Signature</th>"))
    }

    @Test func onlyRunningSessionsHaveASheet() {
        #expect(WeekFixture.sheets.sheetPath(Fixture.input.session("S0003")!) == nil, "S0003 got nobody: it does not run")
        let sheets = Fixture.publication.files.filter { $0.path.hasPrefix("site/hosts/") && $0.path.contains("-") }
        #expect(sheets.count == 5, "S0001, S0002, S0004, S0005, S0006")
    }

    @Test func theHostsPageAndTheTeamsIndexLinkToTheSheets() throws {
        let hostPage = try #require(Fixture.hostFile("H001", "html")).text
        let s1 = try #require(WeekFixture.sheets.sheetPath(Fixture.input.session("S0001")!))
        #expect(hostPage.contains("<a href=\"\(s1.dropFirst("site/hosts/".count))\">Feuille de présence à imprimer</a>"))
        let index = try #require(Fixture.file(Publication.teamIndexPath)).text
        for id in ["S0001", "S0002", "S0004", "S0005", "S0006"] {
            let path = try #require(WeekFixture.sheets.sheetPath(Fixture.input.session(id)!))
            #expect(index.contains("<a href=\"\(path)\">feuille de présence</a>"))
        }
        #expect(index.contains("<a href=\"sign-in/2025-11-04.html\">Toutes les feuilles de présence du jour, à imprimer</a>"))
        #expect(!index.contains("sign-in/2025-11-07.html"), "no sheet on a day whose only session does not run")
    }

    @Test func aDaysFileHoldsThatDaysSheetsInTimeOrderEachInItsHostsLanguage() throws {
        let day = try #require(Fixture.file("sign-in/2025-11-04.html")).text
        let sections = day.components(separatedBy: "<section class=\"sheet\"").dropFirst()
        #expect(sections.count == 2, "S0001 at 9h30 and S0004 at 14h")
        #expect(sections.first?.hasPrefix(" lang=\"fr\"") == true && sections.last?.hasPrefix(" lang=\"nl\"") == true)
        #expect(day.contains("<h1 class=\"screen\">Feuilles de présence · Mardi 4 novembre 2025</h1>"))
        #expect(day.components(separatedBy: "<h1").count == 2, "one h1, the day's; each sheet's title is an h2")
    }
}
