import Scheduling

/// A language that po-plan writes in; any other language falls back to English.
enum OutputLanguage: String, CaseIterable, Sendable {
    case french = "fr"
    case dutch = "nl"
    case english = "en"

    /// The output language for a person's language: French, Dutch or else English.
    init(_ language: Language) {
        self = OutputLanguage(rawValue: language.code) ?? .english
    }
}
