import Scheduling

/// One visitor's week as Markdown, in the visitor's own language: `MarkdownLayouts.schedule`
/// with the context of the visitor's page (`PersonContext.visitor`).
///
/// Only the visitor's own details and the hosts they visit go into the context, so no other
/// visitor can ever appear in it.
public enum ScheduleMarkdown {
    /// The schedule in the visitor's language (French, Dutch, else English).
    public static func render(_ schedule: VisitorSchedule, input: PlanningInput) -> String {
        render(schedule, input: input, waiting: nil)
    }

    /// The schedule, with what the visitor waits for (`waiting`) and whom to contact.
    static func render(_ schedule: VisitorSchedule, input: PlanningInput, waiting: WaitingLists?) -> String {
        render(schedule, week: PersonContext.visitorWeek(schedule, input: input, waiting: waiting))
    }

    /// The schedule from the visitor's week as `PersonContext.visitorWeek` gives it (it links to nothing).
    static func render(_ schedule: VisitorSchedule, week: [String: TemplateData]) -> String {
        let library = PageLibrary.of(OutputLanguage(schedule.visitor.language))
        return MarkdownText.tidy(library.render("scheduleMarkdown", PersonContext.linking(week, to: .init())))
    }
}
