import Foundation
import Scheduling
import Testing
@testable import Publish

/// The HTML pages: golden files per language, escaping, self-containment, and privacy.
@Suite struct PageTests {
    @Test(arguments: [("V001", "fr"), ("V002", "nl"), ("V003", "en")])
    func visitorPageMatchesGolden(_ id: String, _ language: String) throws {
        Golden.expectPage(try #require(Fixture.visitorFile(id, "html")).text, language: OutputLanguage(rawValue: language)!,
                          matches: "visitor-\(language).html")
    }

    @Test(arguments: [("H001", "fr"), ("H002", "nl"), ("H003", "en")])
    func hostPageMatchesGolden(_ id: String, _ language: String) throws {
        Golden.expectPage(try #require(Fixture.hostFile(id, "html")).text, language: OutputLanguage(rawValue: language)!,
                          matches: "host-\(language).html")
    }

    /// Everything meant for one visitor: page, calendar, mail (merge row and .eml).
    static func outputs(of visitor: Visitor) -> [String] {
        let key = Fixture.siteKey.token("visitor", visitor.id)
        let mail = Mail.visitor(Fixture.schedule(visitor.id), input: Fixture.input, links: .init(), attachment: nil)
        let eml = Fixture.file("mails/eml/visitor-\(visitor.id).eml").map { decodedEML($0.text) }
        return [Fixture.file("site/visitors/\(key).html")?.text, Fixture.file("site/visitors/\(key).ics")?.text,
                mail.subject + "\n" + mail.body, eml, Fixture.file("schedules/\(visitor.id).md")?.text].compactMap { $0 }
    }

    /// An .eml file with its quoted-printable body and base64 attachment decoded.
    static func decodedEML(_ text: String) -> String {
        let utf8 = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var bytes: [UInt8] = [], k = 0
        while k < utf8.count {
            if utf8[k] == UInt8(ascii: "="), k + 2 < utf8.count, let b = UInt8(String(decoding: utf8[k + 1...k + 2], as: UTF8.self), radix: 16) {
                bytes.append(b); k += 3
            } else { bytes.append(utf8[k]); k += 1 }
        }
        let attachments = text.components(separatedBy: "\r\n\r\n").compactMap { Data(base64Encoded: $0, options: .ignoreUnknownCharacters) }
            .map { String(decoding: $0, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self) + attachments.joined()
    }

    @Test(arguments: Fixture.visitors.map(\.id))
    func nothingMeantForOneVisitorNamesAnotherVisitor(_ id: String) {
        let texts = Self.outputs(of: Fixture.visitor(id))
        #expect(texts.count >= 3)
        for text in texts {
            for other in Fixture.visitors where other.id != id {
                #expect(!text.contains(other.email), "\(id) shows \(other.email)")
                #expect(!text.contains(other.lastName.split(separator: " ").first!), "\(id) shows \(other.lastName)")
                #expect(!text.contains(other.id), "\(id) shows \(other.id)")
                if let phone = other.phone { #expect(!text.contains(phone)) }
            }
        }
    }

    @Test func pagesAreSelfContainedAndEscapeWhatPeopleTyped() throws {
        let roster = try #require(Fixture.hostFile("H001", "html")).text
        #expect(roster.contains("<th scope=\"row\">Martin | Test, Chloé</th><td>Asbl &quot;Le Pont&quot;, Bruxelles</td><td>coordinatrice terrain</td>"))
        for file in Fixture.publication.files where file.path.hasSuffix(".html") {
            let text = file.text.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("src=\""), "\(file.path) fetches nothing")
            #expect(file.text.contains("<script>") == (file.path == Publication.teamIndexPath), "\(file.path): only the index has a script")
            #expect(!file.text.contains(">false<") && !file.text.contains("{{"), "\(file.path)")
        }
    }

    /// A quote followed by a combining mark is one Swift character but a quote to a browser: in an
    /// attribute it would end the value and let a form's text add attributes of its own.
    @Test func aQuoteFollowedByACombiningMarkIsEscapedInAttributesAndText() {
        let typed = "x\"\u{338} autofocus onfocus=alert(1) <\u{338}b>&\u{301}'"
        let page = PageLibrary.of(.english).render("wsPerson", ["group": typed, "name": typed, "canEdit": true])
        #expect(page.contains("value=\"x&quot;\u{338} autofocus onfocus=alert(1) &lt;\u{338}b&gt;&amp;\u{301}&#39;\""))
        #expect(!page.unicodeScalars.split(separator: "\"").dropFirst().contains { $0.first == "\u{338}" },
                "no quote of the page is followed by the typed mark")
        #expect(TemplateContentType.escapeHTML("Maison médicale") == "Maison médicale")
    }

    @Test func anUnassignedVisitorReadsWhatTheyAskedForAndWhomToContactWithoutIdsOrAdvice() throws {
        let page = try #require(Fixture.visitorFile("V005", "html")).text
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<p>Helaas konden we u geen bezoek toewijzen.</p>"))
        #expect(page.contains("<p>U had gevraagd:</p>\n<ul>\n<li>Brussels Outreach Point</li>\n<li>Maison médicale Les Tilleuls, Dinsdag 4 november 2025"))
        #expect(page.contains("Zo bereikt u het coördinatieteam: Équipe du bassin Sud-Est, <a href=\"mailto:portesouvertes@example.org\">"))
        for id in ["S0001", "H003", "V005"] { #expect(!page.contains(id), "no internal id: \(id)") }
        #expect(!page.contains("beschikbaarheid") && !page.contains("Waarom?"), "no advice that cannot be followed any more")
        #expect(!page.contains(".ics"))
    }

    @Test func aVisitorWithoutAPlaceIsToldWhichChoiceTheyWaitFor() throws {
        // V006 ranked S0005 (full: one place, V002's) first; S0003 does not run.
        let page = try #require(Fixture.visitorFile("V006", "html")).text
        #expect(page.contains("<p>Vous êtes sur la liste d'attente pour :</p>\n<ul>\n<li>votre choix n° 1 : Wijkgezondheidscentrum De Brug, Mercredi 5 novembre 2025, 8h30–12h30"))
        #expect(page.contains("Si une place se libère, l'équipe de coordination vous préviendra."))
        #expect(!page.contains("S0005") && !page.contains("S0003"))
        let index = try #require(Fixture.file(Publication.teamIndexPath)).text
        #expect(index.contains("<summary>Liste d'attente (1)</summary><ol><li><a href=\"site/visitors/\(Fixture.siteKey.token("visitor", "V006")).html\">Lambert, Marc</a> (choix n° 1)</li></ol>"))
        #expect(index.components(separatedBy: "<details class=\"waiting\">").count == 2, "only the full session with people waiting has a list")
    }

    @Test func theIndexListsEveryoneAndSaysThatLinksAreTheOnlyKey() throws {
        let index = try #require(Fixture.file(Publication.teamIndexPath)).text
        #expect(index.contains("son lien est la seule clé"))
        for v in Fixture.visitors { #expect(index.contains("href=\"site/visitors/\(Fixture.siteKey.token("visitor", v.id)).html\"")) }
        for h in Fixture.hosts { #expect(index.contains("href=\"site/hosts/\(Fixture.siteKey.token("host", h.id)).html\"")) }
        #expect(index.contains("<a href=\"report.html\">"), "the report is beside the index")
        #expect(index.contains("data-name=\"chloe martin | test martin | test chloe\""))
        #expect(index.contains("<h3>Mardi 4 novembre 2025</h3>"))
        #expect(index.contains("<td class=\"num\">2/5<span class=\"bar\" style=\"width:24px\""))
    }

    /// The site folder can be uploaded as it is: a web server shows a folder's `index.html` at the
    /// folder's address, so no file under `site/` may list people. The team's index lies beside
    /// the report; a visitor's files name only that visitor, a host's files only the visitors who
    /// come to that host.
    @Test func nothingUnderSiteListsPeopleAndTheTeamIndexIsOutsideIt() throws {
        let paths = Fixture.publication.files.map(\.path)
        #expect(!Publication.teamIndexPath.contains("/"), "the team index is at the plan folder's root")
        #expect(paths.contains(Publication.teamIndexPath))
        #expect(!paths.contains { $0.hasPrefix("site/") && $0.split(separator: "/").last!.hasPrefix("index.") },
                "no index under site/")
        var readers: [String: Set<String>] = [:]
        for v in Fixture.visitors { readers[Fixture.siteKey.token("visitor", v.id)] = [v.id] }
        for h in Fixture.hosts {
            let sessions = Set(Fixture.sessions.filter { $0.hostID == h.id }.map(\.id))
            readers[Fixture.siteKey.token("host", h.id)] = Set(Fixture.plan.assignments.filter { sessions.contains($0.sessionID) }.map(\.visitorID))
        }
        let site = Fixture.publication.files.filter { $0.path.hasPrefix("site/") }
        #expect(site.count > Fixture.visitors.count)
        for file in site {
            let token = String(file.path.split(separator: "/").last!.split(separator: ".").first!.split(separator: "-").first!)
            let allowed = try #require(readers[token], "\(file.path) belongs to nobody")
            for v in Fixture.visitors where !allowed.contains(v.id) {
                #expect(!file.text.contains(v.email), "\(file.path) shows \(v.email)")
                #expect(!file.text.contains(v.lastName.split(separator: " ").first!), "\(file.path) shows \(v.lastName)")
            }
        }
    }
}
