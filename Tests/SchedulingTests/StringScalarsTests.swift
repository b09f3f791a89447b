import Testing
import Scheduling

/// Escaping by scalar: a quote, comma or backslash followed by a combining mark is still replaced.
@Suite struct StringScalarsTests {
    @Test func aScalarFollowedByACombiningMarkIsStillReplaced() {
        #expect("a\"\u{33C}b".replacingScalars(["\"": "\"\""]) == "a\"\"\u{33C}b")
        #expect("\\\"\u{301}\n".replacingScalars(["\\": "\\\\", "\"": "\\\"", "\n": "\\n"]) == "\\\\\\\"\u{301}\\n")
        #expect("Élise".replacingScalars(["\"": "\"\""]) == "Élise")
    }

    @Test func aCommaInsideACombinedCharacterIsFound() {
        let separators: Set<Unicode.Scalar> = [",", "\""]
        #expect("Brussel,\u{301}Gent".containsScalar(of: separators))
        #expect(!"Brussel,\u{301}Gent".contains(where: { $0 == "," }), "the character-wise check this replaces misses it")
        #expect(!"Élise".containsScalar(of: separators))
    }
}
