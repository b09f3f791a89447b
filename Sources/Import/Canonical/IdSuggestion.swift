/// Finds the known name closest to a mistyped one (by edit distance), to suggest it in a message.
enum IdSuggestion {
    /// The candidate nearest to `name`, when one is near enough to be a likely typo.
    ///
    /// Case is ignored when measuring; the nearest wins, then the alphabetically first, so the answer
    /// does not depend on the order of `candidates`.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = name.lowercased()
        let length = target.count
        let limit = max(2, length / 2)
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != name {
            let other = candidate.lowercased()
            // The distance is at least the difference in length: skip the quadratic measure when that is too far.
            guard abs(other.count - length) <= limit else { continue }
            let d = distance(target, other)
            guard d <= limit else { continue }
            if best == nil || (d, candidate) < (best!.distance, best!.candidate) { best = (d, candidate) }
        }
        return best?.candidate
    }

    /// `"; did you mean 'H009'?"` to end a message with, or nothing when no candidate is near.
    static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        hint(closest(to: name, among: candidates))
    }

    /// `"; did you mean 'H009'?"` for the name probably meant, or nothing without one.
    static func hint(_ meant: String?) -> String {
        meant.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The Levenshtein distance: the fewest insertions, deletions and substitutions of characters
    /// that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
