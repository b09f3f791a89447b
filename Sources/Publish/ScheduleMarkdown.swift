import Scheduling

/// One visitor's week as Markdown, in the visitor's own language.
///
/// Only the visitor's own details and the hosts they visit go into the context, so no other
/// visitor can ever appear in it.
public enum ScheduleMarkdown {
    /// The schedule in the visitor's language (French, Dutch, else English), with what they
    /// wait for (`waiting`) and whom to contact.
    public static func render(_ schedule: VisitorSchedule, input: PlanningInput) -> String {
        render(schedule, input: input, waiting: nil)
    }

    static func render(_ schedule: VisitorSchedule, input: PlanningInput, waiting: WaitingLists?) -> String {
        let language = OutputLanguage(schedule.visitor.language)
        let context = self.context(schedule, input: input, language: language, waiting: waiting)
        return MarkdownText.tidy(ScheduleTemplate.of(language).template.render(context))
    }

    private static func context(_ schedule: VisitorSchedule, input: PlanningInput,
                                language: OutputLanguage, waiting: WaitingLists?) -> [String: Any] {
        // The paragraphs shared with the page and the mail, from the same words, people's text escaped.
        var shared = PersonContext.eventKeys(input.event, language: language)
            .merging(PersonContext.situation(schedule, input: input, waiting: waiting, language: language)) { _, new in new }
        shared["firstName"] = schedule.visitor.firstName
        shared["askedFor"] = (shared["askedFor"] as? [String] ?? []).map(MarkdownText.inline)
        shared["waiting"] = (shared["waiting"] as? [[String: Any]] ?? []).map { w in
            w.merging(["label": MarkdownText.inline(w["label"] as? String ?? "")]) { _, new in new }
        }
        if let contact = shared["teamContact"] as? String { shared["teamContact"] = MarkdownText.inline(contact) }
        if let bassin = shared["bassin"] as? String { shared["bassin"] = MarkdownText.inline(bassin) }
        let library = PageLibrary.of(language)
        return [
            "eventName": MarkdownText.inline(input.event.name),
            "bassin": TemplateValue.inline(input.event.bassin),
            "firstName": MarkdownText.inline(schedule.visitor.firstName),
            "hasVisits": !schedule.visits.isEmpty,
            "visitsOne": schedule.visits.count == 1,
            "visitCount": schedule.visits.count,
            "visits": schedule.visits.map { visit(($0), language: language) },
            "situation": schedule.visits.isEmpty ? library.render("situationText", shared) : "",
            "after": schedule.visits.isEmpty ? "" : library.render("waitingText", shared) + "\n" + library.render("teamContactText", shared),
        ]
    }

    private static func visit(_ visit: VisitorSchedule.Visit, language: OutputLanguage) -> [String: Any] {
        let host = visit.host, session = visit.session
        let town = TemplateValue.joined([host.postcode, host.commune], separator: " ")
        return [
            "dateTitle": LocalizedDateText.dateTitle(session.date, in: language),
            "time": LocalizedDateText.timeRange(from: session.start, to: session.end, in: language),
            "hostName": MarkdownText.inline(host.name),
            "title": TemplateValue.inline(session.title),
            "isVisit": session.kind == .visit,
            "isImmersion": session.kind == .immersion,
            "place": TemplateValue.inline(TemplateValue.joined([host.address, town], separator: ", ")),
            "contact": TemplateValue.inline(TemplateValue.joined(
                [host.contactName, host.contactEmail, host.contactPhone], separator: ", ")),
            "rank": visit.rank.map { $0 as Any } ?? false,
            "suggestion": visit.rank == nil,
            "description": TemplateValue.inline(host.description),
        ]
    }
}
