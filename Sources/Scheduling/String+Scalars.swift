/// Escaping text scalar by scalar, the way the files po-plan writes are read back.
///
/// Swift compares strings by characters, and a quote followed by a combining mark (`"` U+033C) is one
/// character that is not a quote: `replacingOccurrences(of: "\"", …)` and `split(separator: "\"")`
/// leave that quote alone, while a CSV or YAML reader, byte by byte, still sees it. A field written
/// that way is read back split or changed (found by the csv fuzz target, stop 20).
extension String {
    /// This text with every scalar that `replacements` names replaced by its text; the others kept.
    public func replacingScalars(_ replacements: [Unicode.Scalar: String]) -> String {
        // A handful of scalars: a list is searched faster than a dictionary is hashed.
        let keys = Array(replacements.keys), values = keys.map { replacements[$0]! }
        let scalars = unicodeScalars
        guard var found = scalars.firstIndex(where: keys.contains) else { return self }
        var result = String(scalars[..<found])
        result.reserveCapacity(utf8.count + 16)
        while true {
            result += values[keys.firstIndex(of: scalars[found])!]
            let rest = scalars.index(after: found)
            guard let next = scalars[rest...].firstIndex(where: keys.contains) else {
                result += String(scalars[rest...])
                return result
            }
            result += String(scalars[rest..<next])
            found = next
        }
    }

    /// Whether any scalar of this text is one of `scalars` (a comma followed by a combining mark counts).
    public func containsScalar(of scalars: Set<Unicode.Scalar>) -> Bool {
        unicodeScalars.contains(where: scalars.contains)
    }
}
