/// Which column of a source table holds which field of the plan, found from the headers (in French, Dutch
/// or English, or as columns.yaml says), with the ranked-choice and availability columns of visitors and
/// the columns po-plan does not use (carried over as they are).
struct ColumnRoles {
    /// Field → 0-based column index.
    private(set) var fields: [String: Int] = [:]
    /// Ranked-choice columns (`Choix 1` …), best first.
    private(set) var choices: [Int] = []
    /// Availability checkbox columns and the day (or half-day) each names.
    private(set) var availability: [(label: String, index: Int)] = []
    /// Columns po-plan does not use, carried over under their header.
    private(set) var extras: [(header: String, index: Int)] = []
    /// The headers as written, by column index.
    let headers: [String]
    /// The columns the form service added (Microsoft Forms, Google Forms), never read as answers.
    let layout: FormLayout

    /// Reads the header of `source`, reporting missing required columns and columns that could be two fields.
    init(_ source: SourceTable, kind: TableKind, mapping: ColumnMapping, diagnostics: inout [Diagnostic]) {
        let header = source.table.header
        headers = header?.fields.map { $0.text.trimmingSpaces() } ?? []
        let line = header?.line
        layout = FormLayout(headers: headers)
        var claimed = Set(layout.columns.keys)
        var decided: Set<String> = []
        for (field, names) in mapping.mappedFields(of: kind).sorted(by: { $0.key < $1.key }) {
            decided.insert(field)
            for name in names {
                guard let index = headers.indices.first(where: { FormText.fold(headers[$0]) == FormText.fold(name) })
                else {
                    diagnostics.append(.error("\(mapping.file) names the column '\(name)' for \(kind.rawValue).\(field), "
                        + "but \(source.displayName) has no such column; its columns are "
                        + FormText.quotedList(headers.filter { !$0.isEmpty }, conjunction: "and")
                        + IdSuggestion.hint(for: name, among: headers),
                        file: mapping.file, line: mapping.line(field, of: kind)))
                    continue
                }
                claimed.insert(index)
                if field == "choices", names.count > 1 { choices.append(index) } else { fields[field] = index }
            }
        }
        var best: [String: (index: Int, score: Int)] = [:]
        var tied: [String: [Int]] = [:]
        for (index, text) in headers.enumerated() where !claimed.contains(index) && !text.isEmpty {
            if let (field, score) = Self.field(for: text, kind: kind, exactOnly: true), !decided.contains(field) {
                consider(field, index, score, &best, &tied)
            } else if kind == .visitors, !decided.contains("choices"), HeaderVocabulary.choiceRank(text) != nil {
                choices.append(index)
            } else if kind == .visitors, mayReadDayColumns(mapping, kind, "available"), Self.isAvailability(text) {
                availability.append((FormText.bracketed(text) ?? text, index))
            } else if kind == .visitors, let field = HeaderVocabulary.question(text), !decided.contains(field) {
                consider(field, index, 500, &best, &tied)
            } else if let (field, score) = Self.field(for: text, kind: kind, exactOnly: false), !decided.contains(field) {
                consider(field, index, score, &best, &tied)
            } else {
                extras.append((text, index))
            }
        }
        choices.sort { (HeaderVocabulary.choiceRank(headers[$0]) ?? 0, $0) < (HeaderVocabulary.choiceRank(headers[$1]) ?? 0, $1) }
        var ambiguous: Set<String> = []
        for (field, choice) in best {
            if let others = tied[field], !others.isEmpty {
                ambiguous.insert(field)
                diagnostics.append(.error("the columns " + FormText.quotedList(([choice.index] + others).sorted().map { headers[$0] })
                    + " could all be \(field); say which one in columns.yaml (\(kind.rawValue): \(field): NAME)",
                    file: source.file, sheet: source.sheet, line: line))
                continue
            }
            fields[field] = choice.index
        }
        extras.sort { $0.index < $1.index }
        fillFromLayout(kind, decided)
        if kind == .visitors, fields["choices"] == nil, choices.isEmpty, !decided.contains("choices") {
            diagnostics.append(.warning("no column of this visitors table gives choices, so visitors can only be "
                + "given suggestions; po-plan looked for ranked columns ('Choix 1' … 'Choix 5', 'Keuze 1', "
                + "'Choix [1er choix]'), one column listing them ('Choix', 'Keuzes', 'Vos choix') and a ranking "
                + "question ('Classez …', 'Rangschik …', 'Rank …'); say which columns hold them in columns.yaml "
                + "(visitors: choices: [...])", file: source.file, sheet: source.sheet, line: line))
        }
        for field in kind.requiredFields where fields[field] == nil && !decided.contains(field) && !ambiguous.contains(field) {
            if field == "start" || field == "end", fields["hours"] != nil { continue }
            let examples = (HeaderVocabulary.synonyms(kind)[field] ?? []).prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(severity: .error, file: source.file, sheet: source.sheet, line: line,
                message: "no column holds \(field) in \(kind.rawValue); name one like \(examples) "
                    + "(accents and case do not matter), or say which in columns.yaml (\(kind.rawValue): \(field): NAME)",
                expected: "a column for \(field)", suggestion: "po-plan import --suggest-mapping drafts columns.yaml"))
        }
    }

    /// The submission time as `registered_at` and the respondent's e-mail as a visitor's `email`, when no
    /// question gives them and columns.yaml does not decide.
    private mutating func fillFromLayout(_ kind: TableKind, _ decided: Set<String>) {
        guard kind == .visitors else { return }
        if fields["registered_at"] == nil, !decided.contains("registered_at"), let index = layout.submitted {
            fields["registered_at"] = index
        }
        if fields["email"] == nil, !decided.contains("email"), let index = layout.respondentEmail {
            fields["email"] = index
        }
    }

    /// The column of the submission time, whatever the table (for the year of the dates).
    var submittedAt: Int? { layout.submitted }

    /// Whether day columns may be read for `field`: columns.yaml does not name a column for it.
    private func mayReadDayColumns(_ mapping: ColumnMapping, _ kind: TableKind, _ field: String) -> Bool {
        mapping.headers(field, of: kind)?.isEmpty ?? true
    }

    /// Keeps the column with the strongest header for each field, remembering ties.
    private mutating func consider(_ field: String, _ index: Int, _ score: Int,
                                   _ best: inout [String: (index: Int, score: Int)], _ tied: inout [String: [Int]]) {
        if let current = best[field] {
            if score > current.score {
                extras.append((headers[current.index], current.index))
                best[field] = (index, score)
                tied[field] = []
            } else if score == current.score {
                tied[field, default: []].append(index)
            } else {
                extras.append((headers[index], index))
            }
        } else {
            best[field] = (index, score)
        }
    }

    /// The field a header names and how strongly: an exact header scores above any header that only
    /// starts with a known one (`Nom de la structure d'accueil (officiel)`), and longer names above shorter.
    static func field(for header: String, kind: TableKind, exactOnly: Bool) -> (field: String, score: Int)? {
        let folded = FormText.fold(header)
        var found: (field: String, score: Int)?
        for (field, names) in HeaderVocabulary.synonyms(kind) {
            for name in names + [FormText.fold(field)] {
                var score: Int?
                if folded == name {
                    score = 1000 + name.count
                } else if !exactOnly, name.count >= 5, folded.hasPrefix(name + " ") {
                    score = name.count
                }
                if let score, score > (found?.score ?? -1) { found = (field, score) }
            }
        }
        return found
    }

    /// Whether a header names a day (and maybe a half-day) to tick: `Mardi 4/11 matin`,
    /// `Disponibilités [di 4/11 voormiddag]`.
    static func isAvailability(_ header: String) -> Bool {
        let label = FormText.bracketed(header) ?? header
        guard label.contains(where: \.isASCIIDigit) || FormText.words(label).contains(where: { FormWords.weekdays[$0] != nil })
        else { return false }
        return FormAvailability.split(label) != nil
    }

    /// Whether the table has a column for `field`.
    func has(_ field: String) -> Bool { fields[field] != nil }
}
