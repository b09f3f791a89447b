import Foundation

/// Text compared the contract's way: case and diacritics folded, trimmed, inner white space collapsed.
public struct FoldedText: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: some StringProtocol) {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        value = folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether nothing is left after folding (an empty or blank field).
    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
}
