import Scheduling

/// A part of a day that forms offer for availability: morning, afternoon or the whole day, with the
/// contract's hours (am 00:00–13:00, pm 12:00–24:00).
enum HalfDay: String, CaseIterable {
    case morning
    case afternoon
    case wholeDay

    /// The expected words, for messages.
    static let expected = "matin, après-midi, journée (voormiddag, namiddag, hele dag; morning, afternoon)"

    /// The half-day named by folded words like `matin`, `apres midi`, `voormiddag`, `hele dag`; nil otherwise.
    init?(folded: String) {
        switch folded {
        case "matin", "matinee", "avant midi", "am", "voormiddag", "ochtend", "morning", "vm":
            self = .morning
        case "apres midi", "apresmidi", "pm", "namiddag", "middag", "afternoon", "nm":
            self = .afternoon
        case "journee", "toute la journee", "journee entiere", "jour entier", "hele dag", "volledige dag",
             "ganse dag", "whole day", "all day", "full day", "dag":
            self = .wholeDay
        default:
            return nil
        }
    }

    /// The window this half-day covers on `date`.
    func window(on date: LocalDate) -> TimeWindow {
        switch self {
        case .morning: TimeWindow(date: date, start: .midnight, end: TimeOfDay(hour: 13, minute: 0)!)!
        case .afternoon: TimeWindow(date: date, start: TimeOfDay(hour: 12, minute: 0)!, end: .endOfDay)!
        case .wholeDay: TimeWindow(date: date, start: .midnight, end: .endOfDay)!
        }
    }
}
