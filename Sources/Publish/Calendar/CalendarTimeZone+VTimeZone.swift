/// The VTIMEZONE component of a zone with the EU summer-time rule or with a single offset.
extension CalendarTimeZone {
    /// Abbreviations of the usual European offsets; other zones go without TZNAME (it is optional).
    private static let names: [Int: (standard: String, summer: String)] = [
        0: ("WET", "WEST"), 3600: ("CET", "CEST"), 7200: ("EET", "EEST"),
    ]

    /// The component: summer time from the last Sunday of March to the last Sunday of October,
    /// both at 01:00 UTC, written as local wall-clock times with yearly rules.
    static func vtimezone(_ identifier: String, _ rule: Offsets) -> ICalendarDocument {
        var tz = ICalendarDocument()
        tz.begin("VTIMEZONE")
        tz.raw("TZID", [], identifier)
        tz.raw("X-LIC-LOCATION", [], identifier)
        let names = identifier == "Europe/London" ? ("GMT", "BST") : Self.names[rule.standard]
        if rule.standard == rule.summer {
            tz.begin("STANDARD")
            tz.raw("TZOFFSETFROM", [], offset(rule.standard))
            tz.raw("TZOFFSETTO", [], offset(rule.standard))
            tz.raw("DTSTART", [], "19700101T000000")
            tz.end("STANDARD")
        } else {
            tz.begin("DAYLIGHT")
            tz.raw("TZOFFSETFROM", [], offset(rule.standard))
            tz.raw("TZOFFSETTO", [], offset(rule.summer))
            if let names { tz.raw("TZNAME", [], names.1) }
            tz.raw("DTSTART", [], "19700329T\(clock(3600 + rule.standard))")
            tz.raw("RRULE", [], "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
            tz.end("DAYLIGHT")
            tz.begin("STANDARD")
            tz.raw("TZOFFSETFROM", [], offset(rule.summer))
            tz.raw("TZOFFSETTO", [], offset(rule.standard))
            if let names { tz.raw("TZNAME", [], names.0) }
            tz.raw("DTSTART", [], "19701025T\(clock(3600 + rule.summer))")
            tz.raw("RRULE", [], "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
            tz.end("STANDARD")
        }
        tz.end("VTIMEZONE")
        return tz
    }

    /// An offset as `+0100`.
    private static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        let text = String(minutes / 60 * 100 + minutes % 60)
        return (seconds < 0 ? "-" : "+") + String(repeating: "0", count: 4 - text.count) + text
    }

    /// Seconds after midnight (within a day) as `HHMMSS`.
    private static func clock(_ seconds: Int) -> String {
        let s = (seconds % 86400 + 86400) % 86400
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return two(s / 3600) + two(s % 3600 / 60) + "00"
    }
}
