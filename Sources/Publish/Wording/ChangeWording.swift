/// The words of what the week's changes bring, one set per language: the team's contact, what a
/// visitor without a place asked for and waits for, the change mails to visitors and hosts, the
/// waiting lists of the team's index and the report's section on changes. Mustache partials, like
/// `PageWording` and `TeamWording`, merged with them in `PageLibrary`.
///
/// Keys: `teamContact`; `label`, `rank` (a choice); `withdrew`, `calledOff`, `fewerPlaces`,
/// `tooFew`, `otherCause` (why a visit is gone); `suggestion` (a new visit nobody ranked); `previous`.
enum ChangeWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
