import Scheduling

/// Values as people type them in forms, read into the canonical text of the contract: languages as
/// words, yes/no in three languages, numbers with a unit, decimal commas, kinds of session, timestamps.
enum FormValues {
    /// The expected forms of a list of languages, for messages.
    static let expectedLanguages = "languages like Français, Nederlands, English, FR/NL, bilingue or fr;nl"

    /// `Français`, `FR/NL`, `bilingue`, `tweetalig`, `Frans en Nederlands`, `fr;nl` → `[fr, nl]`.
    static func languages(_ text: String) throws(ValueProblem) -> [Language] {
        var codes: [String] = []
        var unknown: [String] = []
        let parts = text.split { ";/,+&\n|".contains($0) }.map { FormText.fold($0) }.filter { !$0.isEmpty }
        for part in parts {
            if let known = FormWords.languages[part] {
                codes += known
                continue
            }
            let words = part.split(separator: " ").map(String.init)
            for (index, word) in words.enumerated() {
                let between = index > 0 && index < words.count - 1
                if FormWords.conjunctions.contains(word), between || FormWords.languages[word] == nil { continue }
                if ["langue", "langues", "taal", "talen", "language", "languages", "uniquement", "enkel", "only",
                    "seulement", "alleen"].contains(word) { continue }
                if let known = FormWords.languages[word] { codes += known } else { unknown.append(word) }
            }
        }
        guard unknown.isEmpty, !codes.isEmpty else {
            let names = FormWords.languages.keys.filter { $0.count > 3 }
            let hint = unknown.first.flatMap { IdSuggestion.closest(to: $0, among: names) }
            throw ValueProblem("'\(text)' is not a list of languages"
                + (unknown.isEmpty ? "" : " (\(FormText.quotedList(unknown, conjunction: "and")) unknown)"),
                expected: expectedLanguages, suggestion: hint)
        }
        var distinct: [Language] = []
        for code in codes { if let l = Language(code: code), !distinct.contains(l) { distinct.append(l) } }
        return distinct
    }

    /// One language (the language for what is sent to a visitor).
    static func language(_ text: String) throws(ValueProblem) -> Language {
        let all = try languages(text)
        guard all.count == 1 else {
            throw ValueProblem("'\(text)' names \(all.count) languages; give the one to write to this person in",
                               expected: "one language like Français, Nederlands or English")
        }
        return all[0]
    }

    /// The expected forms of a yes/no answer, for messages.
    static let expectedBoolean = "yes or no (oui/non, ja/nee, true/false, 1/0, x)"

    /// An e-mail address as written, without the `mailto:` that some exports put before it.
    static func email(_ text: String) -> String {
        text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
    }

    /// `Oui`, `nee`, `TRUE`, `x`, `Oui, j'ai besoin…` → true or false.
    static func boolean(_ text: String) throws(ValueProblem) -> Bool {
        if ["✓", "✔", "☑", "✅"].contains(text.trimmingSpaces()) { return true }
        let folded = FormText.fold(text)
        let first = folded.split(separator: " ").first.map(String.init) ?? ""
        for candidate in [folded, first] {
            if FormWords.yes.contains(candidate) { return true }
            if FormWords.no.contains(candidate) { return false }
        }
        throw ValueProblem("'\(text)' is not a yes or no answer", expected: expectedBoolean)
    }

    /// Words that may follow a number of people: `4 places`, `6 personnes`, `3 plaatsen`.
    private static let peopleUnits: Set<String> = [
        "places", "place", "personnes", "personne", "pers", "plaatsen", "plaats", "personen", "persoon",
        "people", "persons", "person", "visiteurs", "bezoekers", "max", "maximum", "p", "pl",
    ]

    /// `4`, `4 places`, `max 4 personnes` → 4.
    static func wholeNumber(_ text: String, atLeast minimum: Int) throws(ValueProblem) -> Int {
        let words = FormText.plain(text).split(whereSeparator: { $0.isWhitespace || $0 == "." })
        let numbers = words.filter { $0.allSatisfy(\.isASCIIDigit) }
        let others = words.filter { !$0.allSatisfy(\.isASCIIDigit) }
        guard numbers.count == 1, others.allSatisfy({ peopleUnits.contains(String($0)) }),
              let value = Int(numbers[0]), value >= minimum else {
            throw ValueProblem("'\(text)' is not a whole number ≥ \(minimum)",
                               expected: "a whole number ≥ \(minimum), like 4 or 4 places")
        }
        return value
    }

    /// `50,8466` or `50.8466` → `50.8466` (the contract writes decimals with a point).
    static func decimal(_ text: String) -> String {
        text.filter { !$0.isWhitespace }.replacingOccurrences(of: ",", with: ".")
    }

    /// `Visite`, `bezoek`, `immersion`, `kijkstage`, `stage d'observation` → the kind of session.
    static func kind(_ text: String) throws(ValueProblem) -> Session.Kind {
        let folded = FormText.fold(text)
        let visit = ["visite", "visit", "bezoek", "rondleiding", "portes ouvertes", "opendeur", "visite guidee"]
        let immersion = ["immersion", "kijkstage", "stage", "inleefstage", "snuffelstage", "stage d observation",
                         "observation", "meeloopdag", "shadowing"]
        if visit.contains(folded) || visit.contains(where: { folded.hasPrefix($0 + " ") }) { return .visit }
        if immersion.contains(folded) || immersion.contains(where: { folded.hasPrefix($0 + " ") }) { return .immersion }
        throw ValueProblem("'\(text)' is not a kind of session",
                           expected: "visite (visit, bezoek) or immersion (kijkstage, stage)")
    }

    /// A registration time as a form writes it (`26/10/2025 18:44:15`, `2025-10-26 18:44:15`) → ISO 8601
    /// (`2025-10-26T18:44:15`); nil when it does not read that way (it is then kept as written).
    static func timestamp(_ text: String) -> String? {
        if Cell.looksLikeISO8601(text) { return text }
        let pieces = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard (1...2).contains(pieces.count) else { return nil }
        let dateParts = FormDate.parts(pieces[0])
        guard let parts = dateParts, let year = parts.year,
              let date = LocalDate(year: year, month: parts.month, day: parts.day) else { return nil }
        guard pieces.count == 2 else { return "\(date)" }
        let clock = pieces[1].split(separator: ":")
        guard (2...3).contains(clock.count), clock.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let time = FormTime.parse(clock.prefix(2).joined(separator: ":")) else { return nil }
        let seconds = clock.count == 3 ? String(repeating: "0", count: max(0, 2 - clock[2].count)) + clock[2] : "00"
        return "\(date)T\(time):\(seconds)"
    }
}
