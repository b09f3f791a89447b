import Scheduling

/// The workspace's pages and phrases as the server asks for them: a layout of `WorkspaceLayouts`
/// rendered with its context in one of the team's languages (every value escaped), or one phrase
/// of the word tables as plain text.
public enum WorkspacePages {
    /// The languages the workspace speaks, by code: fr, nl, en.
    public static let languageCodes = OutputLanguage.allCases.map(\.rawValue)

    /// The page `layout` (one of `WorkspaceLayouts.all`) in `language` (fr, nl or en; any other: English).
    public static func render(_ layout: String, _ context: [String: Any], language: String) -> String {
        precondition(WorkspaceLayouts.all[layout] != nil, "no workspace layout \(layout)")
        return PageLibrary.of(OutputLanguage(rawValue: language) ?? .english).render(layout, context)
    }

    /// The phrase `key` of the word tables, as plain text on one line.
    public static func phrase(_ key: String, _ context: [String: Any] = [:], language: String) -> String {
        PageLibrary.of(OutputLanguage(rawValue: language) ?? .english).line(key, context)
    }

    /// The keys every page shares: the event's name and bassin, the page's language.
    public static func eventKeys(_ event: Event, language: String) -> [String: Any] {
        PersonContext.eventKeys(event, language: OutputLanguage(rawValue: language) ?? .english)
    }
}
