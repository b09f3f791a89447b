import Foundation
import Scheduling
import Testing
@testable import Publish

/// Issue 10, defect 4 ("extra mail recipients"), publishing side: every `mailto:` and every `To:`
/// comes from a checked address, even when a caller hands Publication an unchecked one.
struct MailtoTests {
    @Test func extraMailRecipientsNeverReachPagesCalendarsOrMails() {
        var hosts = Fixture.hosts
        hosts[0].contactEmail = "ann@h2.example?bcc=spy%40attacker.example"
        var visitors = Fixture.visitors
        visitors[0].email = "x>,evil@attacker.example,<y"
        let input = PlanningInput(event: Fixture.event, hosts: hosts, sessions: Fixture.sessions, visitors: visitors)
        let publication = Publication(plan: Fixture.plan, input: input, options: PublicationOptions(
            siteKey: Fixture.siteKey, eml: true))
        for file in publication.files {
            let text = file.text
            // The bad address may be shown as text, but never becomes a link.
            #expect(!text.contains("mailto:ann@h2.example"), "\(file.path)")
            #expect(!text.contains("mailto:x"), "\(file.path)")
            let lines = text.components(separatedBy: "\n")
            if file.path.hasSuffix(".eml") {
                #expect(!lines.contains { $0.hasPrefix("To:") && $0.contains("evil@") }, "\(file.path)")
            }
            if file.path == "mails/mail-merge.csv" {
                #expect(!lines.contains { $0.hasPrefix("x>") || $0.hasPrefix("\"x>") })
            }
        }
        // The fixture's good addresses still get their links.
        let page = Fixture.visitorFile("V002", "html")?.text ?? ""
        #expect(page.contains("href=\"mailto:jef@example.org\""))
    }
}
