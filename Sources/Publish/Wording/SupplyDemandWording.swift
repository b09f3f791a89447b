/// The words of the supply-and-demand fragment (before matching), one set per language:
/// Mustache partials named after their place in `SupplyDemandLayouts`. Every key starts with `sd`.
///
/// Keys of the phrases: `visitors`, `visitsWanted`, `places`, `sessionCount` (summary), `dateTitle` (half-days).
enum SupplyDemandWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
