import Testing
@testable import Publish

/// The report's section on what changed since the previous plan.
@Suite struct ReportChangesTests {
    @Test func theReportSaysWhatWasKeptMovedAddedRemovedAndWhoGotAFreedPlace() throws {
        let report = try #require(ReplanFixture.file("report.html")).text
        #expect(report.contains("<h2 id=\"changes\">Changements depuis le planning précédent</h2>"))
        #expect(report.contains("Le planning précédent (plans/week-1)"))
        for (row, value) in [("Visites maintenues", 4), ("Visites ajoutées", 2), ("Visites retirées", 4),
                             ("Visiteurs dont une visite est remplacée par une autre", 1),
                             ("Visiteurs qui gagnent une visite, sans en perdre", 1),
                             ("Visiteurs qui perdent une visite, sans en gagner", 2)] {
            #expect(report.contains("<tr><th scope=\"row\">\(row)</th><td class=\"num\">\(value)</td></tr>"), "\(row)")
        }
        #expect(report.contains("<tr><td>V001</td><td>S0001 (Maison médicale Les Tilleuls)</td><td>S0002 (Maison médicale Les Tilleuls)</td></tr>"))
        #expect(report.contains("<tr><td>V006</td><td>S0005</td><td>Wijkgezondheidscentrum De Brug</td>"), "Marc got Pieter's place")
        #expect(!(Fixture.file("report.html")?.text.contains("id=\"changes\"") ?? true), "no section without a previous plan")
    }
}
