import Scheduling

/// The report's section on the team's evaluation form: the average of each score question over
/// the week and per host, and per host the comments, sorted alphabetically so that their order
/// says nothing of who wrote them. Respondents are never named: the answers hold no name or
/// e-mail (see `Feedback`).
extension ReportPage {
    /// The section as HTML; empty without answers.
    var feedbackSection: String {
        guard let feedback, !feedback.answers.isEmpty else { return "" }
        var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
        context["answers"] = feedback.answers.count
        context["answersOne"] = feedback.answers.count == 1
        context["overall"] = scores(feedback, feedback.answers)
        var groups: [[String: Any]] = input.hosts
            .sorted { (FoldedText($0.name).value, $0.id) < (FoldedText($1.name).value, $1.id) }
            .compactMap { host in
                let answers = feedback.answers.filter { $0.hostID == host.id }
                return answers.isEmpty ? nil : group(MarkdownText.oneLine(host.name), feedback, answers)
            }
        let unmatched = feedback.answers.filter { $0.hostID.flatMap(input.host) == nil }
        if !unmatched.isEmpty { groups.append(group(library.line("reportFeedbackNoHost", [:]), feedback, unmatched)) }
        context["groups"] = groups
        return library.render("reportFeedbackSection", context)
    }

    /// A host's part: how many answered, the averages and the comments.
    private func group(_ title: String, _ feedback: Feedback, _ answers: [Feedback.Answer]) -> [String: Any] {
        let comments = answers.flatMap { answer in
            feedback.questions.indices.compactMap { i -> (String, String)? in
                guard !feedback.questions[i].isScore, i < answer.texts.count, let text = answer.texts[i] else { return nil }
                return (MarkdownText.oneLine(feedback.questions[i].label), MarkdownText.oneLine(text))
            }
        }.sorted { (FoldedText($0.1).value, $0.1, $0.0) < (FoldedText($1.1).value, $1.1, $1.0) }
        return scores(feedback, answers).merging([
            "title": title, "count": answers.count, "countOne": answers.count == 1,
            "hasComments": !comments.isEmpty,
            "comments": comments.map { ["question": $0.0, "text": $0.1] },
        ]) { _, new in new }
    }

    /// `hasScores` and `scores`: each score question's number of answers and average.
    private func scores(_ feedback: Feedback, _ answers: [Feedback.Answer]) -> [String: Any] {
        let rows = feedback.questions.indices.filter { feedback.questions[$0].isScore }.map { i -> [String: Any] in
            let values = answers.compactMap { i < $0.scores.count ? $0.scores[i] : nil }
            let mean = values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
            return ["label": MarkdownText.oneLine(feedback.questions[i].label), "count": values.count,
                    "average": mean.map { NumberText.decimal($0, in: language) + " / \(feedback.questions[i].scale)" } ?? "–"]
        }
        return ["hasScores": !rows.isEmpty, "scores": rows]
    }
}
