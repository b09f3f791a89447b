import Scheduling

/// Turns a visitor's choice as typed (an id, a host's name, a session's title, or a host's name with a
/// day and time such as `La Passerelle – mardi 4/11 10h`) into the id of a host or a session.
struct ChoiceResolver {
    /// A session that a choice can name: its id, host and time.
    struct SessionLabel {
        let id: String
        let hostID: String
        let date: LocalDate
        let start: TimeOfDay
        let title: String?
    }

    /// What a choice was read as: an id, and a warning when the name was not typed exactly.
    struct Resolution: Equatable {
        let id: String
        let note: String?
    }

    private let hosts: NameMatcher
    private let names: NameMatcher
    private let sessions: [SessionLabel]
    private let hostNames: [String: String]

    /// Creates a resolver over the hosts `(id, name)` and sessions of the source.
    init(hosts: [(id: String, name: String)], sessions: [SessionLabel]) {
        self.hosts = NameMatcher(hosts)
        self.sessions = sessions
        hostNames = Dictionary(hosts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var titleCounts: [String: Int] = [:]
        for session in sessions { if let t = session.title { titleCounts[FormText.fold(t), default: 0] += 1 } }
        let hostFolded = Set(hosts.map { FormText.fold($0.name) })
        let titled = sessions.compactMap { s -> (id: String, name: String)? in
            guard let t = s.title, titleCounts[FormText.fold(t)] == 1, !hostFolded.contains(FormText.fold(t)) else {
                return nil
            }
            return (s.id, t)
        }
        names = NameMatcher(hosts + titled + sessions.map { ($0.id, $0.id) })
    }

    /// The id `text` names; a problem listing the candidates when it names none clearly.
    func resolve(_ text: String) throws(ValueProblem) -> Resolution {
        let outcome = names.match(text)
        if case .exact(let id) = outcome { return Resolution(id: id, note: nil) }
        if let (nameText, date, start) = Self.splitTime(text) {
            return try resolveSession(text, nameText: nameText, date: date, start: start)
        }
        return try Self.resolution(of: outcome, text: text, kind: "host or session")
    }

    /// A host's session named by its host and its day and/or start.
    private func resolveSession(_ text: String, nameText: String, date: FormDate.Parts?,
                                start: TimeOfDay?) throws(ValueProblem) -> Resolution {
        let host = try Self.resolution(of: hosts.match(nameText), text: nameText, kind: "host")
        let ofHost = sessions.filter { $0.hostID == host.id }
        let fitting = ofHost.filter { s in
            (date.map { s.date.day == $0.day && s.date.month == $0.month && ($0.year ?? s.date.year) == s.date.year }
                ?? true) && (start.map { s.start == $0 } ?? true)
        }
        let listed = ofHost.prefix(6).map { "\($0.id) \($0.date) \($0.start)" }.joined(separator: ", ")
        guard fitting.count == 1 else {
            let what = fitting.isEmpty ? "has no session at that time" : "has \(fitting.count) sessions at that time"
            throw ValueProblem("'\(text)': \(hostNames[host.id] ?? host.id) \(what)"
                + (ofHost.isEmpty ? "" : "; its sessions are \(listed)"),
                expected: "a host's name, or a host's name with the day and start of one of its sessions",
                suggestion: fitting.isEmpty ? nil : fitting.map(\.id).joined(separator: " or "))
        }
        return Resolution(id: fitting[0].id, note: host.note)
    }

    /// The id of a match, with a note when it was not exact; a problem when there is none.
    static func resolution(of outcome: NameMatcher.Outcome, text: String, kind: String) throws(ValueProblem) -> Resolution {
        switch outcome {
        case .exact(let id):
            return Resolution(id: id, note: nil)
        case .close(let id, let name):
            return Resolution(id: id, note: "'\(text)' is read as '\(name)' (\(id)), the only close name; check it")
        case .ambiguous(let candidates):
            throw ValueProblem("'\(text)' could be \(FormText.quotedList(candidates)); po-plan does not choose",
                               expected: "the full name of one \(kind)", suggestion: candidates.first)
        case .none(let nearest):
            throw ValueProblem("'\(text)' is not the name of a \(kind)"
                + (nearest.isEmpty ? "" : "; the nearest are \(FormText.quotedList(nearest))"),
                expected: "the name of a \(kind) as written in the list of hosts, or its id",
                suggestion: nearest.first)
        }
    }

    /// Splits `Host name – mardi 4/11 10h` into the name, the day and the start; nil when the text names
    /// no day or time.
    static func splitTime(_ text: String) -> (name: String, date: FormDate.Parts?, start: TimeOfDay?)? {
        let spaced = text.map { "()[],–—|".contains($0) ? " " : String($0) }.joined()
        let words = spaced.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let cut = words.firstIndex(where: { word in
            let folded = FormText.plain(word)
            return FormWords.weekdays[folded] != nil || (word.contains(where: \.isASCIIDigit)
                && (FormDate.parts(word) != nil || isClock(word)))
        }), cut > 0 else { return nil }
        var name = Array(words[..<cut])
        while let last = name.last, ["-", ":", "à", "le", "op", "on"].contains(last.lowercased()) { name.removeLast() }
        let rest = words[cut...].filter { !["à", "a", "om", "at", "-"].contains($0.lowercased()) }
        var start: TimeOfDay?
        var dateWords: [String] = []
        for word in rest {
            if start == nil, isClock(word), let time = FormTime.parse(word) { start = time } else { dateWords.append(word) }
        }
        let date = dateWords.isEmpty ? nil : FormDate.parts(dateWords.joined(separator: " "))
        guard !name.isEmpty, date != nil || start != nil, dateWords.isEmpty || date != nil else { return nil }
        return (name.joined(separator: " "), date, start)
    }

    /// Whether a word is written as a clock time (`10h`, `9u30`, `14:00`, `9.30`), not a bare number.
    private static func isClock(_ word: String) -> Bool {
        let folded = FormText.plain(word)
        return folded.contains(where: { "hu:.".contains($0) }) && FormTime.parse(folded) != nil
            && FormDate.parts(folded) == nil
    }
}
