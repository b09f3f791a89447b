import Foundation
import Scheduling
import Testing
@testable import Publish

/// The mail-merge files, read back as Excel reads them in a Belgian locale: one column per field,
/// accents intact, and every mail's body holding its own person's page link and no other's.
@Suite struct MailMergeTests {
    static func rows(_ path: String) throws -> [[String: String]] {
        let data = try #require(Fixture.file(path)).data
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with the byte-order mark that makes Excel read it as UTF-8")
        let rows = try #require(ExcelCSV.rows(data))
        let header = try #require(rows.first)
        #expect(header == MailMerge.header)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Every person's page address, by e-mail address.
    static var pages: [String: String] {
        var pages: [String: String] = [:]
        for v in Fixture.input.visitors { pages[v.email] = "https://example.org/po/visitors/\(Fixture.siteKey.token("visitor", v.id)).html" }
        for h in Fixture.input.hosts { if let e = h.contactEmail { pages[e] = "https://example.org/po/hosts/\(Fixture.siteKey.token("host", h.id)).html" } }
        return pages
    }

    @Test func everyBodyHoldsItsOwnPersonsLinkAndNoOtherPersons() throws {
        let rows = try Self.rows("mails/mail-merge.csv"), pages = Self.pages
        #expect(rows.count == 9, "seven visitors, two hosts with a contact e-mail")
        for row in rows {
            let own = try #require(pages[row["email"] ?? ""])
            #expect(row["body"]?.contains(own) == true, "\(row["email"]!): own link in the body")
            #expect(row["page_url"] == own)
            for (email, page) in pages where email != row["email"] { #expect(row["body"]?.contains(page) == false) }
        }
        let unassigned = try #require(rows.first { $0["email"] == "marc.lambert@example.org" })
        #expect(unassigned["body"]?.contains("Votre page personnelle, avec votre agenda : " + pages["marc.lambert@example.org"]!) == true,
                "a visitor without a visit gets the link too")
    }

    @Test func columnsHoldOneFieldEachWithAccentsIntact() throws {
        let amelie = try #require(try Self.rows("mails/mail-merge.csv").first { $0["email"] == "amelie.dupont@example.org" })
        #expect(amelie["name"] == "Amélie Dupont" && amelie["first_name"] == "Amélie" && amelie["language"] == "fr")
        #expect(amelie["recipient"] == "visitor" && amelie["subject"] == "Le Grand Bain : votre programme de visites")
        #expect(amelie["body"]?.hasPrefix("Bonjour Amélie,\n\nMerci pour votre inscription !") == true)
        #expect(amelie["attachment"]?.hasPrefix("site/visitors/") == true, "the calendar, for Thunderbird's add-on")
        let host = try #require(try Self.rows("mails/mail-merge.csv").first { $0["email"] == "jef@example.org" })
        #expect(host["recipient"] == "host" && host["first_name"] == "" && host["language"] == "nl")
    }

    @Test func eachLanguageHasItsOwnFileForWordsOneSubjectPerMerge() throws {
        let french = try Self.rows("mails/mail-merge-fr.csv"), dutch = try Self.rows("mails/mail-merge-nl.csv")
        let english = try Self.rows("mails/mail-merge-en.csv")
        #expect(french.allSatisfy { $0["language"] == "fr" } && dutch.allSatisfy { $0["language"] == "nl" })
        #expect(english.allSatisfy { $0["language"] == "en" })
        #expect(english.map { $0["email"]! }.contains("jordan.smith@example.org"), "German speakers read English")
        #expect(french.count + dutch.count + english.count == 9)
    }
}
