import Mustache

/// The wording of why a visitor got no session, one template per language.
///
/// The context has one flag per case (`withdrew`, `noVisitsAllowed`, `noChoices`, `noEligibleChoice`,
/// `choicesTaken`, `noSuggestionLeft`); see `ReasonText` for the keys each case adds.
struct ReasonTemplate: Sendable {
    let template: MustacheTemplate

    /// The template for a language.
    static func of(_ language: OutputLanguage) -> ReasonTemplate {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
