/// Escaping text scalar by scalar, the way the files po-plan writes are read back.
///
/// Swift compares strings by characters, and a quote followed by a combining mark (`"` U+033C) is one
/// character that is not a quote: `replacingOccurrences(of: "\"", …)` and `split(separator: "\"")`
/// leave that quote alone, while a CSV or YAML reader, byte by byte, still sees it. A field written
/// that way is read back split or changed (found by the csv fuzz target, stop 20).
extension String {
    /// This text with every scalar that `replacements` names replaced by its text; the others kept.
    public func replacingScalars(_ replacements: [Unicode.Scalar: String]) -> String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let replacement = replacements[scalar] {
                result.append(contentsOf: replacement.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether any scalar of this text is one of `scalars` (a comma followed by a combining mark counts).
    public func containsScalar(of scalars: Set<Unicode.Scalar>) -> Bool {
        unicodeScalars.contains(where: scalars.contains)
    }
}
