import Foundation
import Scheduling
import Testing
@testable import Publish

/// Certificates of participation: only for people marked present, naming only the visits they came
/// to, with their durations and the total, in the person's language, and a mail to send each.
@Suite struct CertificateTests {
    static func certificate(_ id: String) -> String? { WeekFixture.file("certificates/\(id).html")?.text }

    @Test(arguments: [("V001", "fr"), ("V002", "nl"), ("V003", "en")])
    func certificateMatchesGolden(_ id: String, _ language: String) throws {
        Golden.expect(WeekFixture.content(ofPage: try #require(Self.certificate(id)), language: language),
                      matches: "certificate-\(language).html")
    }

    @Test func onlyPeopleMarkedPresentGetOneAndOnlyForTheVisitsTheyCameTo() throws {
        let made = WeekFixture.publication.files.map(\.path).filter { $0.hasPrefix("certificates/") }
        #expect(made == ["certificates/V001.html", "certificates/V002.html", "certificates/V003.html"],
                "V004 missed both visits; V005, V006 and V007 had none")
        let v002 = try #require(Self.certificate("V002"))
        #expect(v002.contains("Wijkgezondheidscentrum De Brug") && !v002.contains("Woensdag 5 november"),
                "V002 came to S0004, not to the immersion of 5 November")
        #expect(Fixture.file("certificates/V001.html") == nil, "no certificate before attendance is recorded")
    }

    /// By hand: S0001 9h30–11h30 and S0004 14h–16h are 2 h each; S0002 9h–16h30 is 7 h 30 and S0006
    /// 10h–12h is 2 h.
    @Test func totalsAreTheSumOfTheVisitsAttended() throws {
        #expect(try #require(Self.certificate("V001")).contains("<td class=\"num\"><strong>4\u{A0}h</strong></td>"))
        #expect(try #require(Self.certificate("V002")).contains("<td class=\"num\"><strong>2\u{A0}u</strong></td>"))
        let v003 = try #require(Self.certificate("V003"))
        #expect(v003.contains("<td class=\"num\">7\u{A0}h\u{A0}30\u{A0}min</td>") && v003.contains("<td class=\"num\">2\u{A0}h</td>"))
        #expect(v003.contains("<td class=\"num\"><strong>9\u{A0}h\u{A0}30\u{A0}min</strong></td>"))
        #expect(DurationText.text(minutes: 45, in: .french) == "45\u{A0}min")
        #expect(DurationText.text(minutes: 125, in: .dutch) == "2\u{A0}u\u{A0}05")
    }

    @Test func eachCertificateHasAMailFromTheTeamWithItAttached() throws {
        let eml = try #require(WeekFixture.file("mails/certificates/eml/visitor-V003.eml")).text
        #expect(eml.contains("From: =?UTF-8?B?"), "from the team's contact")
        #expect(eml.contains("Subject: Le Grand Bain: your certificate of participation\r\n"))
        #expect(eml.contains("Content-Type: text/html; charset=UTF-8;\r\n name=\"certificate-of-participation.html\""))
        let body = PageTests.decodedEML(eml)
        #expect(body.contains("Your certificate of participation is attached: 2 visits, 9\u{A0}h\u{A0}30\u{A0}min in all."))
        #expect(body.contains(Fixture.siteKey.token("visitor", "V003")), "the person's own page link")
        let file = try #require(WeekFixture.file("mails/certificates/mail-merge.csv"))
        let merge = try #require(ExcelCSV.rows(file.data))
        #expect(merge.dropFirst().map { $0[0] } == ["amelie.dupont@example.org", "pieter.janssens@example.org", "sam.taylor@example.org"])
        #expect(merge.dropFirst().allSatisfy { $0.last?.hasPrefix("certificates/") == true }, "the attachment column")
    }
}
