/// The words of everything meant for one person (pages, Markdown schedules and rosters, the
/// roster's CSV, mails and calendar texts), one set per language: Mustache partials named after
/// their place in `PageLayouts`, `MarkdownLayouts` and `TextLayouts`. Each partial is a phrase or
/// a sentence, so that a native speaker can review a language on its own; where one output says a
/// thing as another does, its partial names the other's.
///
/// Visit keys: `isVisit`, `isImmersion`, `hostName`, `rank`, `suggestion`. Session keys (hosts):
/// `capacity`, `capacityOne`, `count`, `countOne`, `minVisitors`, `open`, `cancelled`.
/// Person keys: `firstName`, `contactName`, `visitCount`, `visitsOne`, `eventName`, `bassin`.
enum PageWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
