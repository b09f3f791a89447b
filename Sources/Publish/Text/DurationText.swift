/// Lengths of time written per language: "7 h 30" in French, "7 u 30" in Dutch, "7 h 30 min"
/// in English; whole hours without minutes ("2 h", "2 u", "2 h"), under an hour "45 min".
enum DurationText {
    /// `minutes` as people read a duration.
    static func text(minutes: Int, in language: OutputLanguage) -> String {
        let hours = minutes / 60, rest = minutes % 60
        let unit = language == .dutch ? "u" : "h"
        if hours == 0 { return "\(rest)\u{A0}min" }
        let padded = rest < 10 ? "0\(rest)" : "\(rest)"
        if rest == 0 { return "\(hours)\u{A0}\(unit)" }
        return "\(hours)\u{A0}\(unit)\u{A0}\(padded)" + (language == .english ? "\u{A0}min" : "")
    }
}
