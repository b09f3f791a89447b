/// The one reading of ISO 8601 date-times in po-plan: `2025-10-06`, `2025-10-06T09:18`,
/// `2025-10-06 09:18:15.250+02:00`, `2025-10-06T07:18Z`; a space may stand for the `T`.
public enum ISO8601Text {
    /// A date-time as written: the local date, the seconds since its midnight, and the offset
    /// from UTC in seconds when the text gives one.
    public struct Parts: Hashable, Sendable {
        public let date: LocalDate
        public let secondsOfDay: Int
        public let offsetSeconds: Int?
    }

    /// The parts of `text`, or nil when it is not such a date-time.
    public static func parse(_ text: String) -> Parts? {
        let s = Array(text.trimmingSpaces().utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from >= 0, from + count <= s.count else { return nil }
            var n = 0
            for c in s[from..<from + count] {
                guard (48...57).contains(c) else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard s.count >= 10, s[4] == 45, s[7] == 45, let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
              let date = LocalDate(year: y, month: mo, day: d) else { return nil }
        var seconds = 0, i = 10
        if s.count > 10 {
            guard s[10] == 84 || s[10] == 116 || s[10] == 32, let h = number(11, 2), s.count > 13, s[13] == 58,
                  let m = number(14, 2), h < 24, m < 60 else { return nil }
            seconds = h * 3600 + m * 60
            i = 16
            if i < s.count, s[i] == 58, let sec = number(i + 1, 2), sec < 61 {
                seconds += sec
                i += 3
                if i < s.count, s[i] == 46 || s[i] == 44 {
                    i += 1
                    let digits = i
                    while i < s.count, (48...57).contains(s[i]) { i += 1 }
                    guard i > digits else { return nil }
                }
            }
        }
        if i == s.count { return Parts(date: date, secondsOfDay: seconds, offsetSeconds: nil) }
        if s[i] == 90 || s[i] == 122 { return i + 1 == s.count ? Parts(date: date, secondsOfDay: seconds, offsetSeconds: 0) : nil }
        guard s[i] == 43 || s[i] == 45, let oh = number(i + 1, 2), oh < 24 else { return nil }
        let minutes: Int?
        switch s.count - i - 3 {
        case 0: minutes = 0
        case 2: minutes = number(i + 3, 2)
        case 3 where s[i + 3] == 58: minutes = number(i + 4, 2)
        default: minutes = nil
        }
        guard let om = minutes, om < 60 else { return nil }
        return Parts(date: date, secondsOfDay: seconds, offsetSeconds: (oh * 3600 + om * 60) * (s[i] == 45 ? -1 : 1))
    }
}
