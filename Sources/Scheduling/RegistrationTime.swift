import Foundation

/// When a person registered: the text of visitors.csv's `registered_at`, and the instant it names,
/// read once with the event's time zone for the first-come-first-served comparison.
public struct RegistrationTime: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// The value as written.
    public let text: String
    /// Seconds since 1970-01-01 UTC; nil when the text is not an ISO 8601 date-time.
    public let instant: Int?

    /// Reads `text`; a date-time without an offset is local time in the zone `timeZone` names.
    public init(_ text: String, timeZone: String = Event.defaultTimeZone) {
        self.text = text
        guard let parts = ISO8601Text.parse(text) else {
            instant = nil
            return
        }
        let local = parts.date.daysSinceEpoch * 86400 + parts.secondsOfDay
        if let offset = parts.offsetSeconds {
            instant = local - offset
        } else {
            let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: Event.defaultTimeZone)!
            let guess = Date(timeIntervalSince1970: TimeInterval(local))
            let offset = zone.secondsFromGMT(for: guess.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: guess))))
            instant = local - offset
        }
    }

    /// A registration time written in code, read in the default time zone.
    public init(stringLiteral text: String) { self.init(text) }
}
