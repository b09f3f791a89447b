import Scheduling

/// The keys of whom to contact and of what a visitor waits for: the team's contact on every
/// page and mail, and for a visitor without a place what they asked for (in words, without ids)
/// and which of their choices they wait for.
extension PersonContext {
    /// `hasTeamContact`, `teamContact` (one line) and `teamContactParts` (`text`, `href`): the
    /// contact of event.yaml.
    static func teamContact(_ event: Event) -> [String: TemplateData] {
        var parts: [(text: String, href: String?)] = []
        if let name = event.contact?.name, !name.trimmingSpaces().isEmpty {
            parts.append((MarkdownText.oneLine(name), nil))
        }
        if let email = event.contact?.email, !email.trimmingSpaces().isEmpty {
            parts.append((email.trimmingSpaces(), "mailto:" + email.trimmingSpaces()))
        }
        if let phone = event.contact?.phone, !phone.trimmingSpaces().isEmpty {
            parts.append((phone.trimmingSpaces(), VisitContext.phoneURI(phone)))
        }
        return ["hasTeamContact": .flag(!parts.isEmpty),
                "teamContactParts": .list(parts.map { ["text": .text($0.text), "href": .optional($0.href)] }),
                "teamContact": parts.isEmpty ? false : .text(parts.map(\.text).joined(separator: ", "))]
    }

    /// `withdrew`, `hasAskedFor`, `askedFor` (labels), `hasWaiting` and `waiting` (`rank`, `label`).
    static func situation(_ schedule: VisitorSchedule, input: PlanningInput, waiting: WaitingLists?,
                          language: OutputLanguage) -> [String: TemplateData] {
        let id = schedule.visitor.id
        let asked = (waiting?.choices[id] ?? []).compactMap { choiceLabel($0, input: input, language: language) }
        let waits = (waiting?.byVisitor[id] ?? []).compactMap { w -> TemplateData? in
            choiceLabel(w.sessionID, input: input, language: language).map { ["rank": .number(w.rank), "label": .text($0)] }
        }
        return ["withdrew": .flag(schedule.visitor.cancelled), "hasAskedFor": .flag(!asked.isEmpty),
                "askedFor": .list(asked.map(TemplateData.text)), "hasWaiting": .flag(!waits.isEmpty), "waiting": .list(waits)]
    }

    /// A ranked choice in words: the host's name, and for a session its day and hours; nil for an
    /// id the input does not know (a person never reads an internal id).
    static func choiceLabel(_ id: String, input: PlanningInput, language: OutputLanguage) -> String? {
        if let host = input.host(id) { return MarkdownText.oneLine(host.name) }
        guard let session = input.session(id) else { return nil }
        return [MarkdownText.oneLine(input.host(of: session).name), LocalizedDateText.dateTitle(session.date, in: language),
                LocalizedDateText.timeRange(from: session.start, to: session.end, in: language)].joined(separator: ", ")
    }
}
