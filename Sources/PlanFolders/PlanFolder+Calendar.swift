import Foundation
import Publish

/// The calendar history of a plan folder (`calendar.json`): the UID and SEQUENCE of every event
/// published, read back so that the next publication updates the calendars already imported.
extension PlanFolder {
    /// The file's name in the plan folder.
    public static let calendarFile = "calendar.json"

    /// The history to continue: the previous folder's when re-planning, else this folder's; nil
    /// when neither has one (a previous plan.json alone, or a new folder).
    public var calendarHistory: CalendarHistory? {
        let folder = previous ?? url
        return (try? Data(contentsOf: folder.appendingPathComponent(Self.calendarFile))).flatMap(CalendarHistory.init(json:))
    }
}
