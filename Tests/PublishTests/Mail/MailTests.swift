import Foundation
import Scheduling
import Testing
@testable import Publish

/// Mails: golden texts per language, the .eml structure and its encodings.
@Suite struct MailTests {
    static func text(_ mail: Mail) -> String { "Subject: \(mail.subject)\n\n\(mail.body)" }

    @Test(arguments: [("V001", "fr"), ("V002", "nl"), ("V003", "en")])
    func visitorMailMatchesGolden(_ id: String, _ language: String) {
        let links = PersonContext.Links(calendarFile: "x.ics", pageURL: "https://example.org/po/visitors/x.html")
        let mail = Mail.visitor(Fixture.schedule(id), input: Fixture.input, links: links, attachment: nil, waiting: Fixture.waiting)
        Golden.expect(Self.text(mail), matches: "visitor-\(language).txt")
    }

    @Test func hostAndUnassignedMailsMatchGolden() throws {
        let host = try #require(Mail.host(Fixture.roster("H001"), input: Fixture.input, links: .init(), attachment: nil))
        Golden.expect(Self.text(host), matches: "host-fr.txt")
        let unassigned = Mail.visitor(Fixture.schedule("V006"), input: Fixture.input, links: .init(), attachment: nil,
                                      waiting: Fixture.waiting)
        Golden.expect(Self.text(unassigned), matches: "visitor-unassigned-fr.txt")
    }

    @Test func emlIsADraftWithEncodedHeadersAQuotedPrintableBodyAndTheCalendar() throws {
        let eml = try #require(Fixture.file("mails/eml/visitor-V001.eml")).text
        let (head, _) = try #require(eml.range(of: "\r\n\r\n").map { (eml[..<$0.lowerBound], eml[$0.upperBound...]) })
        #expect(head.contains("X-Unsent: 1\r\n"))
        let team = "=?UTF-8?B?\(Data("Équipe du bassin Sud-Est".utf8).base64EncodedString())?=\r\n <portesouvertes@example.org>"
        #expect(head.contains("From: \(team)\r\n") && head.contains("Reply-To: \(team)\r\n"), "the team's contact sends and gets the answers")
        #expect(head.contains("To: =?UTF-8?B?\(Data("Amélie Dupont".utf8).base64EncodedString())?=\r\n <amelie.dupont@example.org>"))
        #expect(head.contains("Subject: Le Grand Bain : votre programme de visites\r\n"))
        #expect(head.contains("Content-Type: multipart/mixed; boundary=\"po-plan-"))
        #expect(eml.contains("Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;\r\n name=\"le-grand-bain.ics\""))
        #expect(eml.contains("Bonjour Am=C3=A9lie,\r\n"))
        #expect(eml.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(!eml.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends only")
        let ics = try #require(Fixture.visitorFile("V001", "ics")).data
        #expect(eml.contains(MIMEText.base64(ics)))
        #expect(PageTests.decodedEML(eml).contains("Merci pour votre inscription !"))
    }

    @Test func headerWordsSplitLongUTF8TextBetweenCharacters() {
        #expect(MIMEText.headerWord("Plain subject") == "Plain subject")
        let long = MIMEText.headerWord(String(repeating: "é", count: 40))
        let words = long.components(separatedBy: "\r\n ")
        #expect(words.count == 3 && words.allSatisfy { $0.count <= 66 && $0.hasPrefix("=?UTF-8?B?") })
        let decoded = words.map { String(decoding: Data(base64Encoded: String($0.dropFirst(10).dropLast(2)))!, as: UTF8.self) }
        #expect(decoded.joined() == String(repeating: "é", count: 40))
        #expect(MIMEText.mailbox(name: "Martin, Jo", address: "jo@example.org") == "\"Martin, Jo\" <jo@example.org>")
    }

    @Test func quotedPrintableKeepsLinesShortAndEncodesTrailingSpaces() {
        #expect(MIMEText.quotedPrintable("a = b \nc") == "a =3D b=20\r\nc")
        let long = MIMEText.quotedPrintable(String(repeating: "x", count: 200))
        #expect(long.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(long.replacingOccurrences(of: "=\r\n", with: "") == String(repeating: "x", count: 200))
    }

    /// Quoted-printable goes by bytes: every text of up to four pieces (plain, `=`, blanks, line ends of
    /// every kind, a control character, two- and four-byte scalars), alone and after fillers that bring it
    /// to the line's limit, against the rule applied line by line and piece by piece.
    @Test func quotedPrintableByByteAgreesWithTheRuleByLine() {
        let pieces = ["a", "=", " ", "\t", "\n", "\r", "\r\n", "\u{01}", "é", "😀"]
        var texts = [""]
        for _ in 0..<4 { texts += texts.filter { $0.unicodeScalars.count < 4 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            for filler in [0, 72, 74] {
                let line = String(repeating: "x", count: filler) + text
                #expect(MIMEText.quotedPrintable(line) == Self.quotedPrintableByLine(line), "\(filler) \(text.unicodeScalars.map { $0.value })")
            }
        }
    }

    private static func quotedPrintableByLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = "", width = 0
            let bytes = Array(line.utf8)
            for (i, byte) in bytes.enumerated() {
                let plain = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 || byte == 9) && i != bytes.count - 1
                let piece = plain ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if width + piece.count > 75 { out += "=\r\n"; width = 0 }
                out += piece
                width += piece.count
            }
            return out
        }.joined(separator: "\r\n")
    }
}
