import Scheduling

/// The names of the common languages in each language po-plan writes, for the languages a visitor
/// speaks on a host's roster (Markdown, CSV, page, mail); a language without a name here shows its code.
enum LanguageNames {
    /// The name of `language` written in `output`, or its code when it has none.
    static func name(of language: Language, in output: OutputLanguage) -> String {
        of(output)[language.code] ?? language.code
    }

    /// The names of a language, by code.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }

    static let french = [
        "fr": "français", "nl": "néerlandais", "en": "anglais", "de": "allemand",
        "es": "espagnol", "it": "italien", "pt": "portugais", "ar": "arabe", "tr": "turc",
        "pl": "polonais", "ro": "roumain", "ru": "russe",
    ]

    static let dutch = [
        "fr": "Frans", "nl": "Nederlands", "en": "Engels", "de": "Duits",
        "es": "Spaans", "it": "Italiaans", "pt": "Portugees", "ar": "Arabisch", "tr": "Turks",
        "pl": "Pools", "ro": "Roemeens", "ru": "Russisch",
    ]

    static let english = [
        "fr": "French", "nl": "Dutch", "en": "English", "de": "German",
        "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ar": "Arabic", "tr": "Turkish",
        "pl": "Polish", "ro": "Romanian", "ru": "Russian",
    ]
}
