/// The words of the comparison of plans and of the variants it compares, one set per language:
/// Mustache partials named after their place in `VariantLayouts`. Every key starts with `va`.
///
/// Keys of the phrases: `n`, `one` (max visits), `tiers` (objective, one flag per tier), `sessionID`,
/// `hostName`, `when`, `capacity`, `before` (sessions), `limit`, `before` (daily limit), `id`,
/// `least`, `found`, `minimum`, `field…` (errors), `optimal`, `feasible`, `infeasible` (status).
enum VariantWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
