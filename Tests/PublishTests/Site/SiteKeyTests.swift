import Testing
@testable import Publish

/// The site key behind page names: long enough, printable on one line, random when made.
@Suite struct SiteKeyTests {
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
