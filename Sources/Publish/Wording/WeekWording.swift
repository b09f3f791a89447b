/// The words of what the week itself and its aftermath add (sign-in sheets, certificates and
/// their mails, the report's attendance and feedback sections, a person's page link in mails),
/// one set per language: Mustache partials named after their place in `WeekLayouts`.
///
/// Sheet keys: `hostName`, `dateTitle`. Certificate keys: `eventName`, `bassin`, `fullName`,
/// `visitCount`, `visitsOne`, `total`, `issuedOn`. Report keys: `recordedOn`, `figures`,
/// `answers`, `answersOne`, `count`, `countOne`.
enum WeekWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
