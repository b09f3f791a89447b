import Foundation
import Matching
import Scheduling
import Testing
@testable import Publish

/// The report: figures of both plans, charts, and no names.
@Suite struct ReportTests {
    @Test func figuresCountChoicesFillBridgesAndSectors() {
        let f = PlanFigures(Fixture.plan, input: Fixture.input)
        #expect(f.covered == 4)
        #expect(f.bestRank == [4, 0, 0, 0, 0], "V001–V004 each got a first choice")
        #expect(f.suggestions == 1 && f.suggestionOnly == 0)
        #expect(f.openSessions == 5 && f.cancelledSessions == 1)
        #expect(f.taken(["S0001", "S0004"]) == 4)
        #expect(f.frenchToDutch == 1, "V001 (fr) at H002 (nl)")
        #expect(f.dutchToFrench == 0, "V002 (nl) visits H002 (nl) only")
        #expect(f.cancellations["S0003"] == .minimumNotReached(2))
        #expect(f.sectorVisits.values.reduce(0, +) == Fixture.plan.assignments.count)
    }

    @Test func theReportShowsBothPlansWithChartsAndNamesNobody() throws {
        let report = try #require(Fixture.file("report.html")).text
        #expect(report.contains("<html lang=\"fr\">"))
        #expect(report.contains("Premier arrivé, premier servi"))
        #expect(report.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(report.contains("Aucune suggestion n'est faite : un formulaire d'inscription n'en fait pas."))
        #expect(report.contains("le minimum de 2 participants n'a pas pu être atteint"))
        #expect(report.contains("<tr><td>V007</td><td>"))
        for v in Fixture.visitors {
            #expect(!report.contains(v.email) && !report.contains(v.lastName.split(separator: " ").first!), "\(v.id)")
        }
    }

    @Test func shadesGoFromWhiteToBlue() {
        #expect(ReportPage.shade(0, of: 5) == "#ffffff")
        #expect(ReportPage.shade(5, of: 5) == "#8fb4e3")
    }
}
