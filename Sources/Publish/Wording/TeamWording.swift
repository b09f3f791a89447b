/// The words of the bassin team's pages (the site index and the report), one set per language:
/// Mustache partials named after their place in `TeamLayouts`.
enum TeamWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
