/// A language as an ISO 639-1 code in lower case (`fr`, `nl`, `en`, …).
public struct Language: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let code: String

    /// Creates a language from a two-letter code; anything else is nil.
    public init?(code: some StringProtocol) {
        let c = code.trimmingSpaces().lowercased()
        guard c.count == 2, c.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        self.code = c
    }

    public init(stringLiteral value: String) {
        guard let language = Language(code: value) else { preconditionFailure("not a language code: \(value)") }
        self = language
    }

    public static let french: Language = "fr"
    public static let dutch: Language = "nl"
    public static let english: Language = "en"

    public var description: String { code }
    public static func < (a: Language, b: Language) -> Bool { a.code < b.code }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    public func trimmingSpaces() -> String {
        // Text that begins and ends with a printable ASCII character other than a space has nothing
        // to trim (no cluster of characters ending in one starts with white space): most names.
        let whole = String(self), printable: ClosedRange<UInt8> = 0x21...0x7E
        if let first = whole.utf8.first, let last = whole.utf8.last, printable.contains(first), printable.contains(last) {
            return whole
        }
        var s = Substring(whole)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
