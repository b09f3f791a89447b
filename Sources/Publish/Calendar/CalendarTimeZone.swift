import Foundation
import Scheduling

/// How the event's local times are written in a calendar file.
///
/// Zones that follow the European Union's summer-time rule (Europe/Brussels and every zone that
/// changes at 01:00 UTC on the last Sundays of March and October, one hour apart) get a VTIMEZONE
/// with that rule and local times with `TZID`; a zone without summer time gets a VTIMEZONE with a
/// single offset. Any other zone is written in UTC, with a warning, since a rule written by hand
/// could be wrong. The zone's offsets come from Foundation's time zone data.
struct CalendarTimeZone {
    let identifier: String
    /// The VTIMEZONE component, or nil when times are written in UTC.
    let component: ICalendarDocument?
    /// Why times are written in UTC, when they are.
    let warning: String?
    private let zone: TimeZone

    /// The zone named `identifier`, checked for the years the event's sessions fall in.
    init(identifier: String, years: Set<Int>) {
        self.identifier = identifier
        guard let zone = TimeZone(identifier: identifier) else {
            self.zone = TimeZone(secondsFromGMT: 0)!
            component = nil
            warning = "the timezone \(identifier) is unknown: calendar times are written in UTC, read as local times"
            return
        }
        self.zone = zone
        let checked = years.isEmpty ? [2025] : years.sorted()
        let offsets = checked.map { Self.offsets(of: zone, in: $0) }
        if let first = offsets.first, offsets.allSatisfy({ $0 == first }), let rule = first {
            component = Self.vtimezone(identifier, rule)
            warning = nil
        } else {
            component = nil
            warning = "the timezone \(identifier) does not follow the European summer-time rule: calendar times are written in UTC"
        }
    }

    /// The value and parameters of a DTSTART or DTEND for a local date and time (24:00 is the
    /// next day's 00:00).
    func dateTime(_ date: LocalDate, _ time: TimeOfDay) -> (parameters: [(String, String)], value: String) {
        let local = date.daysSinceEpoch * 86400 + time.minutes * 60
        if component != nil { return ([("TZID", identifier)], Self.basic(local)) }
        let guess = Date(timeIntervalSince1970: TimeInterval(local))
        let offset = zone.secondsFromGMT(for: guess.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: guess))))
        return ([], Self.basic(local - offset) + "Z")
    }

    /// A UTC instant (seconds since 1970) in iCalendar's basic form, `20251006T071815Z`.
    static func utcStamp(_ seconds: Int) -> String { basic(seconds) + "Z" }

    /// Seconds since 1970 as `YYYYMMDDTHHMMSS`.
    private static func basic(_ seconds: Int) -> String {
        let days = Int((Double(seconds) / 86400).rounded(.down)), rest = seconds - days * 86400
        let date = LocalDate(daysSinceEpoch: days) ?? LocalDate(year: 1970, month: 1, day: 1)!
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return String(decoding: date.description.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) + "T\(two(rest / 3600))\(two(rest % 3600 / 60))\(two(rest % 60))"
    }

    /// A zone's standard and summer offsets in seconds (equal when it has no summer time).
    struct Offsets: Equatable {
        let standard: Int
        let summer: Int
    }

    /// The offsets when `zone` keeps one offset all year or follows the EU rule in `year`; nil otherwise.
    private static func offsets(of zone: TimeZone, in year: Int) -> Offsets? {
        let january = TimeInterval(LocalDate(year: year, month: 1, day: 1)!.daysSinceEpoch * 86400)
        let start = Date(timeIntervalSince1970: january)
        let standard = zone.secondsFromGMT(for: start)
        guard let spring = zone.nextDaylightSavingTimeTransition(after: start),
              spring.timeIntervalSince1970 < january + 366 * 86400 else {
            return Offsets(standard: standard, summer: standard)
        }
        guard let autumn = zone.nextDaylightSavingTimeTransition(after: spring),
              zone.secondsFromGMT(for: spring) == standard + 3600,
              Int(spring.timeIntervalSince1970) == lastSunday(3, year) * 86400 + 3600,
              Int(autumn.timeIntervalSince1970) == lastSunday(10, year) * 86400 + 3600 else { return nil }
        return Offsets(standard: standard, summer: standard + 3600)
    }

    /// Days since 1970 of the last Sunday of a month.
    private static func lastSunday(_ month: Int, _ year: Int) -> Int {
        let last = LocalDate(year: year, month: month, day: 31)!
        return last.daysSinceEpoch - last.isoWeekday % 7
    }
}
