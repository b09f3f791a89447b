import Scheduling

/// Tells when a visitor's organization, as a person wrote it, is very likely a host's organization written
/// otherwise: abbreviations (`SSM` for service de santé mentale, `MM` for maison médicale, `CPAS` and `OCMW`
/// of the same commune in either language), another word order, missing words. The contract's own rule
/// only sees equal (folded) names, so such a visitor could be sent to their own service.
enum OrganizationResemblance {
    /// Abbreviations (folded) and the words they stand for.
    private static let expansions: [String: String] = [
        "ssm": "service sante mentale", "csm": "centre sante mentale", "mm": "maison medicale",
        "wgc": "wijkgezondheidscentrum", "cgg": "centrum geestelijke gezondheidszorg",
        "mr": "maison repos", "mrs": "maison repos soins", "wzc": "woonzorgcentrum", "caw": "centrum algemeen welzijnswerk",
        "casg": "centre action sociale globale",
    ]

    /// Words (folded) that mean the same in French and Dutch: each → one token.
    private static let synonyms: [String: String] = [
        "ocmw": "cpas", "cpas": "cpas", "wijkgezondheidscentrum": "mm-sector",
        "service sante mentale": "ssm-sector", "centrum geestelijke gezondheidszorg": "ssm-sector",
        "maison medicale": "mm-sector", "maison repos": "mr-sector", "woonzorgcentrum": "mr-sector",
    ]

    /// Words that say little about which organization is meant.
    private static let filler: Set<String> = ["de", "la", "le", "les", "du", "des", "d", "l", "het", "van", "een",
                                              "voor", "the", "of", "asbl", "vzw", "a", "et", "en", "and", "s", "t"]

    /// Tokens that name a kind of service, not one service: a name made of these alone is not enough to
    /// tell two organizations are one.
    private static let generic: Set<String> = ["cpas", "mm-sector", "ssm-sector", "mr-sector", "service", "centre",
                                               "centrum", "maison", "dienst", "huis", "soins", "repos", "sante",
                                               "mentale", "medicale", "antenne", "site", "siege", "zetel"]

    /// The commune names and the synonyms as phrases of words, by first word, longest first, so that a
    /// longer name is replaced before a part of it.
    private static let communePhrases = phrases(BrusselsPostcodes.communeNames.mapValues { "commune-" + $0 })
    private static let synonymPhrases = phrases(synonyms)

    /// The tokens of an organization's name: folded words, abbreviations spelt out, French and Dutch words
    /// of one meaning and the two names of a commune made one, filler words left out.
    static func tokens(_ name: String) -> Set<String> {
        let words = FormText.words(name).filter { !filler.contains($0) }
            .flatMap { word in expansions[word].map { $0.split(separator: " ").map(String.init) } ?? [word] }
        return Set(replacing(synonymPhrases, in: replacing(communePhrases, in: words)))
    }

    /// `words` with each phrase of `phrases` replaced by its token, scanning left to right.
    private static func replacing(_ phrases: [String: [Phrase]], in words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            let match = phrases[words[index]]?.first { phrase in
                index + phrase.words.count <= words.count
                    && words[index..<index + phrase.words.count].elementsEqual(phrase.words)
            }
            result.append(match?.token ?? words[index])
            index += match?.words.count ?? 1
        }
        return result
    }

    /// A phrase of words and the token that replaces it.
    private struct Phrase {
        let words: [String]
        let token: String
    }

    /// Phrases (space-separated words) → token, grouped by first word, longest first.
    private static func phrases(_ table: [String: String]) -> [String: [Phrase]] {
        var byFirst: [String: [Phrase]] = [:]
        for (text, token) in table {
            let words = text.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Phrase(words: words, token: token))
        }
        return byFirst.mapValues { $0.sorted { ($0.words.count, $0.words.joined(separator: " ")) > ($1.words.count, $1.words.joined(separator: " ")) } }
    }

    /// Whether `written` is very likely `organization` written otherwise (they are not equal once folded):
    /// the same tokens, or the tokens of one all in the other when they hold a word that names one
    /// service (not only `CPAS` or `maison médicale`).
    static func resembles(_ written: String, _ organization: String) -> Bool {
        guard FoldedText(written) != FoldedText(organization) else { return false }
        return resembles(tokens(written), tokens(organization))
    }

    /// Whether two names, as their tokens, resemble each other (see `resembles(_:_:)`).
    static func resembles(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        return small.isSubset(of: large) && !small.subtracting(generic).isEmpty
    }

    /// Warnings for the visitors whose organization resembles a host's: each names the visitor's row and
    /// the host's, so that the team can confirm or correct before a person is sent to their own service.
    static func check(hosts: HostsFile, visitors: VisitorsFile, diagnostics: inout [Diagnostic]) {
        let organizations = hosts.entries.compactMap { entry in
            entry.host.map { (id: $0.id, line: entry.line, name: $0.organization) }
        }
        let folded = organizations.map { FoldedText($0.name) }
        let tokens = organizations.map { Self.tokens($0.name) }
        // The hosts each written organization resembles, found once per spelling.
        var resembled: [String: [Int]] = [:]
        for entry in visitors.entries {
            guard let written = entry.organization, !FoldedText(written).isEmpty else { continue }
            let matches = resembled[written] ?? {
                let mine = Self.tokens(written), writtenFolded = FoldedText(written)
                return organizations.indices.filter { folded[$0] != writtenFolded && resembles(mine, tokens[$0]) }
            }()
            resembled[written] = matches
            for index in matches {
                let host = organizations[index]
                let place = Diagnostic.error("", file: hosts.file, sheet: hosts.sheet, line: host.line).location
                diagnostics.append(.warning("organization '\(written)' looks like '\(host.name)', the organization "
                    + "of host \(host.id) (\(place)); if it is the same, write it as the host does, so that this "
                    + "visitor is never sent there", file: visitors.file, sheet: visitors.sheet, line: entry.line))
            }
        }
    }
}
