/// The words of why a visitor got no session (in plan.json and the report), one set per
/// language: Mustache partials of `ReasonLayouts.reason`, merged with the other word tables in
/// `PageLibrary`.
///
/// Keys: `obstacleReason` has one flag per obstacle (`notAvailable`, `noCommonLanguage`,
/// `ownOrganization`, `notAccessible`, `noSessions`, `calledOff`, `ruledOutByTeam`,
/// `groupCannotGo`); `reasonAdvice` one per advice (`adviseLanguageAndTime`, `adviseLanguage`,
/// `adviseTime`, `adviseHosts`); `takenState` one per state (`full` with `capacity`,
/// `cancelled` with `minVisitors`, `leftUnused`, `hostDayFull` with `limit`, `tooFewForGroup`
/// with `groupSize`), and `one` when its number is 1.
enum ReasonWording {
    /// The partials of a language.
    static func of(_ language: OutputLanguage) -> [String: String] {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }
}
