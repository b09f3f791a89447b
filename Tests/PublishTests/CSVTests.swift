import Foundation
import Scheduling
import Testing
@testable import Publish

/// Rosters and the mail-merge file as a Belgian Excel reads them: UTF-8 with BOM, `;`, CRLF.
@Suite struct CSVTests {
    /// Reads CSV bytes the way Excel in a fr-BE or nl-BE locale does: UTF-8 when a BOM leads,
    /// `;` between fields, RFC 4180 quotes; a leading tab (the formula guard) is not shown.
    static func readAsBelgianExcel(_ data: Data) throws -> [[String]] {
        let bom = Data([0xEF, 0xBB, 0xBF])
        guard data.starts(with: bom), let text = String(data: data.dropFirst(3), encoding: .utf8) else {
            throw CSVReadError()
        }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { field.unicodeScalars.append(chars.removeFirst()) } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == ";" { row.append(field); field = "" }
            else if c == "\r", chars.first == "\n" { chars.removeFirst(); row.append(field); rows.append(row); row = []; field = "" }
            else if c == "\n" { throw CSVReadError() }
            else { field.unicodeScalars.append(c) }
        }
        guard row.isEmpty, field.isEmpty else { throw CSVReadError() }
        return rows.map { $0.map { $0.hasPrefix("\t") ? String($0.dropFirst()) : $0 } }
    }

    struct CSVReadError: Error {}

    @Test(arguments: [("H001", "fr"), ("H002", "nl"), ("H003", "en")])
    func rosterMatchesGolden(_ id: String, _ language: String) {
        Golden.expect(RosterCSV.render(Fixture.roster(id)), matches: "host-\(language).csv")
    }

    @Test func rosterReadsBackWithAccentsIntactAndPhonesAsWritten() throws {
        let rows = try Self.readAsBelgianExcel(Data(RosterCSV.render(Fixture.roster("H001")).utf8))
        #expect(rows.first == ["session", "date", "début", "fin", "formule", "nom", "prénom", "organisation",
                               "fonction", "langues", "e-mail", "téléphone"])
        #expect(rows.count == 1 + 3)
        let chloe = try #require(rows.first { $0[6] == "Chloé" })
        #expect(chloe == ["S0001", "2025-11-04", "09:30", "11:30", "visite", "Martin | Test", "Chloé",
                          "Asbl \"Le Pont\", Bruxelles", "coordinatrice\nterrain", "français, anglais",
                          "chloe_martin@example.org", "+32 2 000 00 04"])
        #expect(!rows.joined().contains { $0.contains("S0003") }, "a cancelled session has no row")
    }

    /// A quote followed by a combining mark is one Swift character but still a quote in the file:
    /// it is doubled, so the field reads back whole (issue 10, found by the csv fuzz target).
    @Test func aQuoteFollowedByACombiningMarkIsDoubledAndTheFieldReadsBackWhole() throws {
        let names = ["Anne \"\u{33C}Nanou\" Dupont", "\"\u{301}", "x;\u{301}y"]
        let rows = try Self.readAsBelgianExcel(Data(CSVText.document([names]).utf8))
        #expect(rows == [names])
    }

    @Test func cellsThatWouldBeFormulasAreNeutralisedWithATab() {
        #expect(CSVText.field("+32 2 000 00 04") == "\t+32 2 000 00 04")
        #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"\t=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.field("-1") == "\t-1" && CSVText.field("@SUM(A1)") == "\t@SUM(A1)")
        #expect(CSVText.field("a;b") == "\"a;b\"" && CSVText.field("a,b") == "a,b")
        #expect(CSVText.document([["é"]]).utf8.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func mailMergeFileHasOneRowPerMailWithItsAttachment() throws {
        let rows = try Self.readAsBelgianExcel(try #require(Fixture.file("mails/mail-merge.csv")).data)
        #expect(rows.first == ["email", "name", "first_name", "language", "recipient", "subject", "body", "page_url", "attachment"])
        #expect(rows.count == 1 + Fixture.visitors.count + 2)
        let amelie = try #require(rows.first { $0[0] == "amelie.dupont@example.org" })
        #expect(amelie[3] == "fr" && amelie[5] == "Le Grand Bain : votre programme de visites")
        #expect(amelie[6].hasPrefix("Bonjour Amélie,\n\n"))
        #expect(amelie[8] == "site/visitors/\(Fixture.siteKey.token("visitor", "V001")).ics")
        #expect(Fixture.file(amelie[8]) != nil, "the attachment is published")
        let lotte = try #require(rows.first { $0[0] == "lotte.peeters@example.org" })
        #expect(lotte[3] == "nl" && lotte[8] == "" && lotte[5] == "Le Grand Bain: uw inschrijving")
    }
}
