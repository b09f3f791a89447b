/// Finds which of a list of names a typed name means, forgiving case, accents, punctuation, missing
/// words and small typos, and never choosing between candidates that are about as close.
///
/// Names are folded (`FormText.fold`), then scored from 0 to 1 by the better of two measures: the edit
/// distance between the whole names, and how many words match (a word matches another when at most a
/// quarter of its letters differ), counting the typed words twice as much as the candidate's. The best
/// candidate is taken when it scores at least `threshold` and beats the second by at least `margin`.
struct NameMatcher {
    /// One name that can be meant, with the id it stands for.
    struct Candidate {
        let id: String
        let name: String
        let folded: String
        let words: [String]
    }

    /// What a typed name was matched to.
    enum Outcome: Equatable {
        /// The id itself, or a name equal to the typed one once folded.
        case exact(id: String)
        /// A name clearly closer than any other.
        case close(id: String, name: String)
        /// Several names about as close: none is chosen.
        case ambiguous(names: [String])
        /// No name close enough; the nearest ones, best first.
        case none(nearest: [String])
    }

    /// The lowest score a candidate needs to be taken.
    static let threshold = 0.65
    /// How far ahead of the second candidate the best must be.
    static let margin = 0.15
    /// Words that say little about which name is meant.
    static let fillerWords: Set<String> = ["de", "la", "le", "les", "du", "des", "d", "l", "het", "van", "een",
                                           "the", "of", "asbl", "vzw", "a", "et", "en", "and", "s"]

    let candidates: [Candidate]

    /// Creates a matcher over `(id, name)` pairs.
    init(_ pairs: [(id: String, name: String)]) {
        candidates = pairs.map { id, name in
            let folded = FormText.fold(name)
            return Candidate(id: id, name: name, folded: folded, words: Self.meaningfulWords(folded))
        }
    }

    /// Matches `text` to an id.
    func match(_ text: String) -> Outcome {
        let trimmed = text.trimmingSpaces()
        if let byID = candidates.first(where: { $0.id == trimmed }) { return .exact(id: byID.id) }
        let byIDIgnoringCase = candidates.filter { $0.id.lowercased() == trimmed.lowercased() }
        if byIDIgnoringCase.count == 1 { return .exact(id: byIDIgnoringCase[0].id) }
        let folded = FormText.fold(trimmed)
        let equal = candidates.filter { $0.folded == folded }
        if Set(equal.map(\.id)).count == 1 { return .exact(id: equal[0].id) }
        if equal.count > 1 { return .ambiguous(names: Array(equal.map(\.name).prefix(3))) }
        let words = Self.meaningfulWords(folded)
        let scored = candidates.map { ($0, Self.score(folded, words, $0)) }
            .sorted { ($0.1, $1.0.name) > ($1.1, $0.0.name) }
        guard let best = scored.first else { return .none(nearest: []) }
        let second = scored.dropFirst().first?.1 ?? 0
        if best.1 >= Self.threshold, best.1 - second >= Self.margin { return .close(id: best.0.id, name: best.0.name) }
        let near = scored.prefix(3).filter { $0.1 >= 0.4 }.map(\.0.name)
        if best.1 >= Self.threshold { return .ambiguous(names: near) }
        return .none(nearest: near)
    }

    /// The words of a folded name without the filler words (all of them when nothing else is left).
    private static func meaningfulWords(_ folded: String) -> [String] {
        let all = folded.split(separator: " ").map(String.init)
        let meaningful = all.filter { !fillerWords.contains($0) }
        return meaningful.isEmpty ? all : meaningful
    }

    /// How close a typed name is to a candidate, from 0 to 1.
    static func score(_ folded: String, _ words: [String], _ candidate: Candidate) -> Double {
        let whole = 1 - Double(IdSuggestion.distance(folded, candidate.folded))
            / Double(max(folded.count, candidate.folded.count, 1))
        guard !words.isEmpty, !candidate.words.isEmpty else { return whole }
        var matched = 0.0
        for word in words {
            matched += candidate.words.map { wordSimilarity(word, $0) }.max() ?? 0
        }
        let recall = matched / Double(words.count)
        let precision = matched / Double(candidate.words.count)
        return max(whole, (2 * recall + min(precision, 1)) / 3)
    }

    /// 1 for the same word, less for a small typo, 0 when more than a quarter of the letters differ.
    private static func wordSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let longest = max(a.count, b.count)
        guard longest >= 4 else { return 0 }
        let similarity = 1 - Double(IdSuggestion.distance(a, b)) / Double(longest)
        return similarity >= 0.75 ? similarity : 0
    }
}
