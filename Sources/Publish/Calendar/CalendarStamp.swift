import Foundation
import Scheduling

/// The DTSTAMP of every calendar event. It must not be the clock time (outputs are the same bytes
/// for the same input), so it is taken from the input: the latest `registered_at`, the moment the
/// registrations the plan answers were complete, so a later input with more registrations gives
/// a later stamp. Without any readable `registered_at`, it is 00:00 UTC of the first session's date.
enum CalendarStamp {
    /// The stamp as an iCalendar UTC date-time.
    static func of(_ input: PlanningInput) -> String {
        let latest = input.visitors.compactMap { $0.registeredAt?.instant }.max()
        let firstDay = input.sessions.map(\.date).min().map { $0.daysSinceEpoch * 86400 } ?? 0
        return CalendarTimeZone.utcStamp(latest ?? firstDay)
    }
}
