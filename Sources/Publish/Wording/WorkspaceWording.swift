/// The words of the team's workspace in the browser (`po-plan serve`): its menu, its pages (the
/// week, inputs, plan, people, changes, send) and its messages, one set per language, Mustache
/// partials named after their place in `WorkspaceLayouts` and merged with the others in `PageLibrary`.
///
/// Keys given by the pages: `hosts`, `sessions`, `visitors`, `cancelled`, `plan` (a plan's id),
/// `errors`, `warnings`, `file`, `name`, `limit`, a criterion's keys (`ObjectiveTier.wordingKeys`), `value`,
/// `bound`, `count`, `what`, `id`, `files` (file names) and `changed` (whether there are any).
enum WorkspaceWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
