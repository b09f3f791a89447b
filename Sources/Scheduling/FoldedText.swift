import Foundation

/// Text compared the contract's way: case and diacritics folded, trimmed, inner white space collapsed.
public struct FoldedText: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: some StringProtocol) {
        // Plain ASCII (ids, codes, many names) folds to its lower case, blanks made single spaces,
        // as Foundation's folding and the character-wise split would: done here by byte, ten times faster.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            value = Self.foldedASCII(text.utf8)
        } else if let latin = Self.foldedLatin(text) {
            value = latin
        } else {
            value = Self.collapsingWhitespace(String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
    }

    /// ASCII bytes in lower case, runs of blanks and control white space made one space, trimmed.
    private static func foldedASCII(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var blank = false
        for byte in bytes {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                blank = true
                continue
            }
            if blank, !out.isEmpty { out.append(0x20) }
            blank = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text in Latin-1 and Latin Extended-A (U+0000–U+017F: the letters of French, Dutch and German
    /// names) folded scalar by scalar, each as Foundation folds it alone; nil for text with any other
    /// scalar. No scalar of that range combines with another or folds by context, so this is
    /// Foundation's folding of the whole text, without its cost.
    private static func foldedLatin(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard scalar.value < UInt32(latinFolds.count) else { return nil }
            bytes += latinFolds[Int(scalar.value)]
        }
        if bytes.allSatisfy({ $0 < 0x80 }) { return foldedASCII(bytes) }
        return collapsingWhitespace(String(decoding: bytes, as: UTF8.self))
    }

    /// Folded text trimmed, each run of white space characters made one space.
    private static func collapsingWhitespace(_ folded: String) -> String {
        folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Foundation's folding of each scalar below U+0180, as UTF-8, made once.
    private static let latinFolds: [[UInt8]] = (0..<0x180).map { (value: UInt32) in
        Array(String(Character(Unicode.Scalar(value)!)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
    }

    /// Whether nothing is left after folding (an empty or blank field).
    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
}
