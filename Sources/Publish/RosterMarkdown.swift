import Scheduling

/// One host's roster as Markdown, in the host's first language: `MarkdownLayouts.roster` with
/// the context of the host's page (`PersonContext.host`).
public enum RosterMarkdown {
    /// The roster in the host's language (French, Dutch, else English).
    public static func render(_ roster: HostRoster, input: PlanningInput) -> String {
        let library = PageLibrary.of(OutputLanguage(roster.host.language))
        return MarkdownText.tidy(library.render("rosterMarkdown", PersonContext.host(roster, input: input)))
    }
}
