import Scheduling

/// A visitor's ranked choices as the contract counts them: duplicates removed (first kept),
/// cut to the event's first K entries.
struct RankList: Sendable {
    /// Host or session ids, best first; the rank of an entry is its position plus one.
    let entries: [String]
    private let positions: [String: Int]

    init(_ visitor: Visitor, maxChoices: Int) {
        var seen = Set<String>()
        var kept: [String] = []
        for raw in visitor.choices {
            let id = raw.trimmingSpaces()
            guard !id.isEmpty, kept.count < maxChoices, seen.insert(id).inserted else { continue }
            kept.append(id)
        }
        entries = kept
        positions = Dictionary(kept.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { a, _ in a })
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The session's rank: the better of the ranks of its own id and of its host's id.
    func rank(of session: Session) -> Int? {
        switch (positions[session.id], positions[session.hostID]) {
        case let (s?, h?): return min(s, h)
        case let (s?, nil): return s
        case let (nil, h?): return h
        case (nil, nil): return nil
        }
    }

    /// The preference score of a rank: K + 1 − rank; a suggestion (nil) scores 0.
    static func score(rank: Int?, maxChoices: Int) -> Int {
        guard let rank else { return 0 }
        return maxChoices + 1 - rank
    }
}
