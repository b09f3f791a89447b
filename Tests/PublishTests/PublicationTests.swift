import Foundation
import Scheduling
import Testing
@testable import Publish

/// The set of published files: paths, unguessable names, determinism, options and warnings.
@Suite struct PublicationTests {
    let paths = Fixture.publication.files.map(\.path)

    @Test func publishesEveryFileForEveryPersonSortedByPath() {
        #expect(paths == paths.sorted())
        #expect(paths.first == "attendance.csv")
        for id in ["plan.json", "report.html", "team-index.html", "mails/mail-merge.csv"] { #expect(paths.contains(id)) }
        #expect(paths.filter { $0.hasPrefix("schedules/") }.count == Fixture.visitors.count)
        #expect(paths.filter { $0.hasPrefix("site/visitors/") && $0.hasSuffix(".html") }.count == Fixture.visitors.count)
        let withVisits = Set(Fixture.plan.assignments.map(\.visitorID)).count
        #expect(paths.filter { $0.hasPrefix("site/visitors/") && $0.hasSuffix(".ics") }.count == withVisits)
        for ext in ["html", "ics", "csv"] {
            // A host's sign-in sheets lie beside its page, as `<token>-<session>.html`.
            #expect(paths.filter { $0.hasPrefix("site/hosts/") && !$0.contains("-") && $0.hasSuffix(".\(ext)") }.count == Fixture.hosts.count)
        }
        #expect(paths.contains("rosters/H001.md") && paths.contains("rosters/H001.csv") && paths.contains("schedules/V001.md"))
        #expect(Fixture.file("plan.json")?.text == PlanJSON.render(Fixture.plan, input: Fixture.input))
        #expect(Fixture.hostFile("H001", "csv")?.data == Fixture.file("rosters/H001.csv")?.data)
    }

    /// A visitor's week is built once for the schedule, the page and the mail; the schedule, which
    /// people keep, still links to nothing, even for a visitor without a visit on a site put online.
    @Test func theScheduleIsTheOneRenderedAloneWithoutThePagesLinks() {
        for visitor in Fixture.visitors {
            let alone = ScheduleMarkdown.render(Fixture.schedule(visitor.id), input: Fixture.input, waiting: Fixture.waiting)
            #expect(Fixture.file("schedules/\(visitor.id).md")?.text == alone, "\(visitor.id)")
            #expect(!alone.contains("https://example.org/po"), "\(visitor.id)")
        }
    }

    @Test func personPagesHaveUnguessableNamesThatNameNoId() {
        let site = paths.filter { $0.hasPrefix("site/visitors/") || $0.hasPrefix("site/hosts/") }
        for path in site {
            let name = path.split(separator: "/").last!.split(separator: ".").first!.split(separator: "-").first!
            #expect(name.count == 26 && name.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) }, "\(path)")
            for id in Fixture.visitors.map(\.id) + Fixture.hosts.map(\.id) { #expect(!path.contains(id)) }
            #expect(!path.contains("-") || Fixture.sessions.contains { path.hasSuffix("-\($0.id).html") }, "a sheet: token and session")
        }
        let other = Publication(plan: Fixture.plan, input: Fixture.input,
                                options: PublicationOptions(siteKey: SiteKey(text: "another-key-for-the-test")!))
        #expect(Set(other.files.map(\.path)).intersection(site).isEmpty, "another key, other names")
    }

    @Test func theSameInputAndKeyGiveTheSameBytes() {
        let again = Publication(plan: Fixture.plan, input: Fixture.input, options: PublicationOptions(
            siteKey: Fixture.siteKey, teamLanguage: .french, siteURL: "https://example.org/po", eml: true))
        #expect(again.files == Fixture.publication.files)
    }

    @Test func emlFilesOnlyWhenAskedAndHostsWithoutContactAreCounted() {
        let plain = Publication(plan: Fixture.plan, input: Fixture.input, options: PublicationOptions(siteKey: Fixture.siteKey))
        #expect(!plain.files.contains { $0.path.hasPrefix("mails/eml/") })
        #expect(paths.filter { $0.hasPrefix("mails/eml/visitor-") }.count == Fixture.visitors.count)
        #expect(paths.filter { $0.hasPrefix("mails/eml/host-") }.count == 2, "H003 has no contact e-mail")
        #expect(Fixture.publication.warnings == ["1 host(s) have no contact_email: no mail is written for them; their roster is on the site"])
    }

    @Test func planJSONReadsBackAsWritten() throws {
        let document = try PlanJSON.read(Data(PlanJSON.render(Fixture.plan, input: Fixture.input).utf8))
        #expect(document.eventName == "Le Grand Bain")
        #expect(document.status == .optimal)
        #expect(document.objective == Fixture.plan.objective)
        #expect(document.assignments == Fixture.plan.assignments)
        #expect(document.sessionIDs == Fixture.sessions.map(\.id))
        #expect(document.unassignedIDs == ["V005", "V006", "V007"])
        #expect(throws: PlanJSON.ReadError.self) { try PlanJSON.read(Data("{\"status\": \"optimal\"}".utf8)) }
        #expect(throws: PlanJSON.ReadError.self) { try PlanJSON.read(Data("[1]".utf8)) }
    }

    @Test func publicationRecordReadsBackAsWritten() {
        let record = PublicationRecord(teamLanguage: .dutch, siteURL: "https://example.org/po", eml: true)
        #expect(PublicationRecord(json: Data(record.json.utf8)) == record)
        #expect(record.json.contains("\"team_language\": \"nl\""))
    }
}
