/// The words of the pages, mails and calendar texts meant for one person, one set per language:
/// Mustache partials named after their place in `PageLayouts` and `TextLayouts`. Each partial is
/// a phrase or a sentence, so that a native speaker can review a language on its own.
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
