import Mustache
import Scheduling

/// The wording of a host's roster in one language: the Markdown template, the CSV header and
/// the few words that go into CSV cells.
///
/// Markdown context keys: `eventName`, `bassin`, `hostName`, `contactName`, and `sessions`, each
/// with `dateTitle`, `time`, `sessionID`, `isVisit`, `isImmersion`, `title`, `capacity`,
/// `capacityOne`, `open`, `cancelled`, `count`, `countOne`, `minVisitors`, `hasPhone` and
/// `visitors` (`lastName`, `firstName`, `organization`, `role`, `languages`, `email`, `phone`).
struct RosterTemplate: Sendable {
    let markdown: MustacheTemplate
    /// The CSV header, in the column order of `RosterCSV`.
    let csvHeader: [String]
    /// The word for a session kind in a CSV cell.
    let kindWords: [Session.Kind: String]
    /// Names of the common languages; other languages show their code.
    let languageNames: [String: String]

    /// The wording for a language.
    static func of(_ language: OutputLanguage) -> RosterTemplate {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }

    /// The language's name in this wording, or its code when it has none.
    func name(of language: Language) -> String {
        languageNames[language.code] ?? language.code
    }
}
