import Foundation
import Scheduling
import Testing
@testable import Publish

/// The change notices of a re-plan: who gets one, what it says in French and Dutch, and that a
/// visitor's names only them.
@Suite struct ChangeMailTests {
    static func text(_ mail: Mail) -> String { "Subject: \(mail.subject)\n\n\(mail.body)" }

    @Test func onlyTheVisitorsInChangesAndTheHostsWhoseRosterChangedGetAChangeMail() {
        let paths = ReplanFixture.publication.files.map(\.path).filter { $0.hasPrefix("mails/changes/eml/") }
        #expect(paths == ["mails/changes/eml/host-H001.eml", "mails/changes/eml/host-H002.eml",
                          "mails/changes/eml/visitor-V001.eml", "mails/changes/eml/visitor-V002.eml",
                          "mails/changes/eml/visitor-V004.eml", "mails/changes/eml/visitor-V006.eml"],
                "V003, V005, V007 and H003 keep what they had")
        #expect(Set(ReplanFixture.plan.changes.map(\.visitorID)) == ["V001", "V002", "V004", "V006"])
        let merge = ReplanFixture.file("mails/changes/mail-merge.csv")?.text ?? ""
        #expect(merge.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 7, "a header and six mails")
        #expect(!Fixture.publication.files.contains { $0.path.hasPrefix("mails/changes/") }, "no change mails without a previous plan")
    }

    @Test func aVisitorWhoMovedReadsWhatIsNewWhatIsGoneAndWhyInFrench() {
        let notice = ReplanFixture.notices.visitors.first { $0.visitor.id == "V001" }!
        let mail = ReplanFixture.mails().visitorMail(notice, links: .init(calendarFile: "x.ics"), attachment: nil)
        Golden.expect(Self.text(mail), matches: "change-visitor-fr.txt")
    }

    @Test func aVisitorWhoGotAFreedPlaceIsToldSo() {
        let notice = ReplanFixture.notices.visitors.first { $0.visitor.id == "V006" }!
        let body = ReplanFixture.mails().visitorMail(notice, links: .init(), attachment: nil).body
        #expect(body.contains("Une place s'est libérée pour l'un de vos choix : c'était votre choix n° 1."))
        #expect(!body.contains("N'est plus prévu"))
    }

    @Test func aVisitorWhoWithdrewReadsItInDutch() {
        let notice = ReplanFixture.notices.visitors.first { $0.visitor.id == "V002" }!
        let mail = ReplanFixture.mails().visitorMail(notice, links: .init(calendarFile: "x.ics"), attachment: nil)
        Golden.expect(Self.text(mail), matches: "change-visitor-nl.txt")
    }

    @Test func aHostReadsWhoJoinsAndWhoLeavesInDutch() throws {
        let notice = try #require(ReplanFixture.notices.hosts.first { $0.host.id == "H002" })
        let mail = try #require(ReplanFixture.mails().hostMail(notice, links: .init(), attachment: nil))
        Golden.expect(Self.text(mail), matches: "change-host-nl.txt")
        let calledOff = try #require(ReplanFixture.notices.hosts.first { $0.host.id == "H001" })
        #expect(calledOff.sessions.map(\.session.id) == ["S0001", "S0002"] && calledOff.sessions[0].calledOff)
    }

    @Test(arguments: ["V001", "V002", "V004", "V006"])
    func aVisitorsChangeMailNamesNobodyElse(_ id: String) throws {
        let eml = try #require(ReplanFixture.file("mails/changes/eml/visitor-\(id).eml")).text
        let text = PageTests.decodedEML(eml)
        for other in Fixture.visitors where other.id != id {
            #expect(!text.contains(other.email) && !text.contains(other.lastName), "\(id)'s mail names \(other.id)")
        }
    }

    @Test func changeMailsComeFromTheTeamAndCarryTheUpdatedCalendar() throws {
        let eml = try #require(ReplanFixture.file("mails/changes/eml/visitor-V002.eml")).text
        #expect(eml.contains("\r\nReply-To: =?UTF-8?B?"))
        #expect(eml.contains("Content-Type: text/calendar; charset=UTF-8; method=CANCEL;"))
        let ics = try #require(ReplanFixture.visitorCalendar("V002"))
        #expect(eml.contains(MIMEText.base64(Data(ics.utf8))))
    }
}
