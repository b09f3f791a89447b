import Scheduling

/// One host's roster as Markdown, in the host's first language.
public enum RosterMarkdown {
    /// The roster in the host's language (French, Dutch, else English).
    public static func render(_ roster: HostRoster, input: PlanningInput) -> String {
        let language = OutputLanguage(roster.host.language)
        let wording = RosterTemplate.of(language)
        let context: [String: Any] = [
            "eventName": MarkdownText.inline(input.event.name),
            "bassin": TemplateValue.inline(input.event.bassin),
            "hostName": MarkdownText.inline(roster.host.name),
            "contactName": TemplateValue.inline(roster.host.contactName),
            "sessions": roster.entries.map { entry(($0), language: language, wording: wording) },
        ]
        return MarkdownText.tidy(wording.markdown.render(context))
    }

    private static func entry(_ entry: HostRoster.Entry, language: OutputLanguage,
                              wording: RosterTemplate) -> [String: Any] {
        let session = entry.session
        let isOpen = entry.status == .open
        return [
            "dateTitle": LocalizedDateText.dateTitle(session.date, in: language),
            "time": LocalizedDateText.timeRange(from: session.start, to: session.end, in: language),
            "sessionID": MarkdownText.inline(session.id),
            "isVisit": session.kind == .visit,
            "isImmersion": session.kind == .immersion,
            "title": TemplateValue.inline(session.title),
            "capacity": session.capacity,
            "capacityOne": session.capacity == 1,
            "open": isOpen,
            "cancelled": !isOpen,
            "count": entry.visitors.count,
            "countOne": entry.visitors.count == 1,
            "minVisitors": session.minVisitors > 1 ? session.minVisitors as Any : false,
            "hasPhone": entry.visitors.contains { !($0.phone ?? "").trimmingSpaces().isEmpty },
            "visitors": isOpen ? entry.visitors.map { visitor($0, wording: wording) } : [],
        ]
    }

    private static func visitor(_ visitor: Visitor, wording: RosterTemplate) -> [String: Any] {
        [
            "lastName": TemplateValue.cell(visitor.lastName),
            "firstName": TemplateValue.cell(visitor.firstName),
            "organization": TemplateValue.cell(visitor.organization),
            "role": TemplateValue.cell(visitor.role),
            "languages": TemplateValue.cell(visitor.languages.map(wording.name(of:)).joined(separator: ", ")),
            "email": TemplateValue.cell(visitor.email),
            "phone": TemplateValue.cell(visitor.phone),
        ]
    }
}
