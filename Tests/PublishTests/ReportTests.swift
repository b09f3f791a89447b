import Foundation
import Matching
import Scheduling
import Testing
@testable import Publish

/// The report: figures of both plans, charts, and no names; the hashes behind names and UIDs.
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

    @Test func sha256AndHMACMatchPublishedVectors() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)).hasPrefix("41edece42d63e8d9bf515a9ba6932e1c"))
        // RFC 4231, test case 2.
        let mac = SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(SHA256.hexString(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func siteKeysAreLongEnoughPrintableAndRandom() {
        #expect(SiteKey(text: "short") == nil)
        #expect(SiteKey(text: "a-long-enough-key\nsecond-line") == nil)
        #expect(SiteKey(text: "a-long-enough-key with-space") == nil)
        #expect(SiteKey(text: "a-long-enough-key") != nil)
        let a = SiteKey.random(), b = SiteKey.random()
        #expect(a != b)
        #expect(a.text.count == 64)
    }
}
