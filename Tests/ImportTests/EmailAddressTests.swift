import Foundation
import Scheduling
import Testing
import Import

/// Issue 10, defect 4 ("extra mail recipients"): an e-mail field is one bare address or an error.
@Suite("e-mail addresses")
struct EmailAddressTests {
    static let header = "visitor_id,first_name,last_name,email,languages,choices"

    @Test func extraMailRecipients() throws {
        let visitors = Self.header + "\nV1,Ann,Example,\"x>,evil@attacker.example,<y\",fr,S2\n"
        let hosts = "host_id,name,languages,contact_email\nH1,Maison A,fr,ann@h2.example?bcc=spy%40attacker.example\nH2,Huis B,nl;fr,\n"
        let r = try TestFolder.valid(replacing: ["visitors.csv": visitors, "hosts.csv": hosts]).read()
        #expect(r.input == nil)
        #expect(r.has("visitors.csv:2:4: error: email must be one e-mail address like name@example.org"))
        // A host's contact e-mail stays a warning, but the value is left out, never used.
        #expect(r.has("hosts.csv:2:4: warning: contact_email must be one e-mail address"))
        let fixed = try TestFolder.valid(replacing: ["hosts.csv": hosts]).read()
        #expect(try #require(fixed.input).hosts[0].contactEmail == nil)
    }

    @Test(arguments: ["ann@example.org", "a.b+tag@mail.example.be", "o'brien@example.ie", "x_y-z@sub.domain-1.example"])
    func plainAddressesAreAccepted(_ address: String) {
        #expect(EmailAddress.problem(address) == nil)
        #expect(EmailAddress(" \(address) ")?.text == address)
    }

    @Test(arguments: ["Ann <ann@example.org>", "ann@example.org,bob@example.org", "ann@example.org;bob@example.org",
                      "ann@h2.example?bcc=spy@x.example", "ann@localhost", "ann@-x.example", ".ann@example.org",
                      "an..n@example.org", "\"ann\"@example.org", "ann@example.org\r\nBcc: spy@x.example",
                      "ann @example.org", "ann@exa_mple.org", "annéé@example.org", "@example.org", "ann@"])
    func anythingButOneBareAddressIsRefused(_ text: String) {
        #expect(EmailAddress.problem(text) != nil, "\(text)")
        #expect(EmailAddress(text) == nil)
    }

    @Test func mailtoKeepsEveryCharacterInTheAddress() throws {
        // '?' and '&' are atext: valid in a local part, so they must not start a query.
        let address = try #require(EmailAddress("a?b&c=d@example.org"))
        #expect(address.mailtoURI == "mailto:a%3Fb%26c%3Dd@example.org")
        #expect(EmailAddress("ann@example.org")?.mailtoURI == "mailto:ann@example.org")
    }
}
