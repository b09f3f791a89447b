import Foundation

/// Checks the event's `timezone` against the IANA time zone names the system knows, and finds the
/// names a typo was most likely meant to be (`Europe/Brussel` → `Europe/Brussels`).
enum TimeZoneName {
    /// Every name accepted: the system's IANA names, and `UTC`.
    static let known: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers).union(["UTC"])

    /// Whether `name` is a known IANA name, exactly as written.
    static func isKnown(_ name: String) -> Bool { known.contains(name) }

    /// Up to `count` known names closest to `name` (by edit distance, ignoring case), nearest first;
    /// names that match the part after the last `/` come first, so `Brussel` finds `Europe/Brussels`.
    static func suggestions(for name: String, count: Int = 3) -> [String] {
        let target = name.lowercased()
        let city = target.split(separator: "/").last.map(String.init) ?? target
        let limit = max(2, min(target.count, 40) / 3)
        let whole = String(target.prefix(64)), cityPart = String(city.prefix(64))
        let scored = known.compactMap { candidate -> (Int, String)? in
            let lower = candidate.lowercased()
            let lastPart = lower.split(separator: "/").last.map(String.init) ?? lower
            // A distance is at least the difference in length: measure only the names that can be near
            // (a long typo would otherwise be measured against every name, found by fuzzing).
            let wholeNear = abs(whole.count - lower.count) <= limit, partNear = abs(cityPart.count - lastPart.count) < limit
            guard wholeNear || partNear else { return nil }
            let distance = min(wholeNear ? IdSuggestion.distance(whole, lower) : .max,
                               partNear ? IdSuggestion.distance(cityPart, lastPart) + 1 : .max)
            return (distance, candidate)
        }
        return scored.filter { $0.0 <= limit }.sorted { $0 < $1 }.prefix(count).map(\.1)
    }

    /// The error message about an unknown `name`, with the suggestions when there are some.
    static func message(for name: String) -> String {
        let close = suggestions(for: name)
        let hint = close.isEmpty ? "" : "; did you mean " + close.map { "'\($0)'" }.joined(separator: ", ") + "?"
        return "timezone '\(name)' is not a known IANA time zone name like Europe/Brussels; calendars would be "
            + "an hour or more off" + hint
    }
}
