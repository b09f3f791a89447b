import Scheduling

/// Takes names and e-mail addresses out of a free-text answer before anyone reads it: any word
/// that is a registered visitor's first or last name, or a word of the respondent's own name
/// columns, and anything shaped like an e-mail address, becomes `…`. It removes too much rather
/// than too little (a first name that is also a common word goes too).
struct AnswerScrubber {
    /// The folded words that name people.
    let names: Set<String>

    /// A scrubber for the visitors of `input`.
    init(input: PlanningInput) {
        var names: Set<String> = []
        for v in input.visitors {
            for word in Self.words(v.firstName + " " + v.lastName) where word.count >= 2 { names.insert(FoldedText(word).value) }
        }
        self.names = names
    }

    /// `text` without e-mail addresses and without the words of `names` or of `own` (the
    /// respondent's name cells).
    func scrub(_ text: String, own: [String]) -> String {
        var mine = names
        for cell in own { for word in Self.words(cell) where word.count >= 2 { mine.insert(FoldedText(word).value) } }
        var out = "", run = ""
        func flush() {
            if !run.isEmpty { out += mine.contains(FoldedText(run).value) ? "…" : run }
            run = ""
        }
        // An e-mail address goes as a whole: the run of non-blank characters that holds an '@'.
        let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map { $0.contains("@") ? "…" : String($0) }
        for character in pieces.joined(separator: " ") {
            if character.isLetter { run.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    /// The runs of letters of `text`.
    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }
}
