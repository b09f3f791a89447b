import Mustache

/// The wording of a visitor's schedule, one Markdown template per language.
///
/// Context keys: `eventName`, `bassin`, `firstName`, `hasVisits`, `visitsOne`, `visitCount`,
/// `reason`, and `visits`, each with `dateTitle`, `time`, `hostName`, `title`, `isVisit`,
/// `isImmersion`, `place`, `contact`, `rank`, `suggestion`, `description`. Values are already
/// Markdown-escaped; an absent value is `false`.
struct ScheduleTemplate: Sendable {
    let template: MustacheTemplate

    /// The template for a language.
    static func of(_ language: OutputLanguage) -> ScheduleTemplate {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
