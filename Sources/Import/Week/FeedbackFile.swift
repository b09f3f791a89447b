import Foundation
import Scheduling

/// Reads the export of the team's own evaluation form (Microsoft Forms, Google Forms, LimeSurvey:
/// CSV or `.xlsx`, one row per answer, one column per question) into anonymous answers.
///
/// Columns are told apart by what they hold: the column whose values name hosts of the plan (by
/// id, session id or name) says which host an answer is about; a column whose values are all
/// whole numbers from 0 to 10 is a score question; any other column with text is a free-text
/// question, unless its header or its values (mostly e-mail addresses) say it is about the respondent (name, e-mail,
/// phone, organisation, time of answer), in which case it is never read further. Free text
/// loses every name and e-mail address (see `AnswerScrubber`).
public enum FeedbackFile {
    /// What the file gives: the answers, and the problems found.
    public struct Reading: Sendable {
        public let feedback: Feedback?
        public let diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.containsError }
    }

    /// Header words that mark a column about the respondent or the time of answer (folded).
    static let identityWords: Set<String> = [
        "nom", "name", "naam", "prenom", "voornaam", "achternaam", "mail", "email", "courriel", "phone", "telephone",
        "telefoon", "gsm", "tel", "id", "heure", "time", "tijd", "date", "datum", "horodatage", "timestamp", "adresse",
        "address", "adres", "organisation", "organization", "organisatie", "employeur", "werkgever", "fonction", "functie",
        "role", "start", "completion", "modification", "respondent", "repondant", "identifiant",
    ]

    /// Reads the file at `url`; answers are matched to the hosts of `input`.
    public static func read(at url: URL, input: PlanningInput) -> Reading {
        var diagnostics: [Diagnostic] = []
        guard let table = WeekTable.read(url, diagnostics: &diagnostics) else { return Reading(feedback: nil, diagnostics: diagnostics) }
        let rows = table.rows, header = table.header
        let hostColumn = self.hostColumn(table, input: input)
        var identity: [Int] = [], questions: [(index: Int, question: Feedback.Question)] = []
        for (i, field) in header.enumerated() where i != hostColumn {
            let values = rows.map { WeekTable.text($0, i) }.filter { !$0.isEmpty }
            let words = Set(WeekTable.fold(field.text).split(separator: " ").map(String.init))
            let addresses = values.filter { $0.contains("@") && !$0.contains(" ") }.count
            if !words.isDisjoint(with: identityWords) || (addresses > 0 && addresses * 2 >= values.count) {
                identity.append(i)
            } else if !values.isEmpty, values.allSatisfy({ Int($0).map { (0...10).contains($0) } ?? false }) {
                let top = values.compactMap { Int($0) }.max() ?? 5
                questions.append((i, Feedback.Question(label: field.text.trimmingSpaces(), isScore: true, scale: top <= 5 ? 5 : 10)))
            } else if !values.isEmpty {
                questions.append((i, Feedback.Question(label: field.text.trimmingSpaces(), isScore: false)))
            }
        }
        guard !questions.isEmpty else {
            diagnostics.append(.error("no column holds scores (whole numbers from 0 to 10) or comments: give the export "
                + "of the evaluation form, one row per answer and one column per question", file: table.source.file,
                sheet: table.source.sheet))
            return Reading(feedback: nil, diagnostics: diagnostics)
        }
        if hostColumn == nil {
            diagnostics.append(.warning("no column names the hosts of this plan: the answers are summarised for the whole "
                + "week only", file: table.source.file, sheet: table.source.sheet))
        }
        let scrubber = AnswerScrubber(input: input)
        var answers: [Feedback.Answer] = []
        for record in rows {
            var hostID: String?
            if let hostColumn {
                let value = WeekTable.text(record, hostColumn)
                hostID = host(named: value, input: input)
                if hostID == nil, !value.isEmpty {
                    diagnostics.append(table.problem(.warning, "'\(value)' is no host of this plan: the answer counts in "
                        + "the whole week only", record, hostColumn))
                }
            }
            let own = identity.map { WeekTable.text(record, $0) }
            answers.append(Feedback.Answer(
                hostID: hostID,
                scores: questions.map { $0.question.isScore ? Int(WeekTable.text(record, $0.index)) : nil },
                texts: questions.map { q -> String? in
                    let text = WeekTable.text(record, q.index)
                    return q.question.isScore || text.isEmpty ? nil : scrubber.scrub(text, own: own)
                }))
        }
        return Reading(feedback: Feedback(questions: questions.map(\.question), answers: answers), diagnostics: diagnostics)
    }

    /// The column whose values most often name a host of the plan (at least half of its values); nil when none does.
    static func hostColumn(_ table: WeekTable, input: PlanningInput) -> Int? {
        var best: (index: Int, share: Double)?
        for i in table.header.indices {
            let values = table.rows.map { WeekTable.text($0, i) }.filter { !$0.isEmpty }
            guard !values.isEmpty else { continue }
            let share = Double(values.filter { host(named: $0, input: input) != nil }.count) / Double(values.count)
            if share >= 0.5, share > (best?.share ?? 0) { best = (i, share) }
        }
        return best?.index
    }

    /// The host a value names: a host id, a session id (its host), or a host's name (folded).
    static func host(named value: String, input: PlanningInput) -> String? {
        if let host = input.host(value) { return host.id }
        if let session = input.session(value) { return session.hostID }
        let folded = FoldedText(value).value
        return input.hosts.first { FoldedText($0.name).value == folded }?.id
    }
}
