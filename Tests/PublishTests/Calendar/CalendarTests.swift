import Foundation
import Scheduling
import Testing
@testable import Publish

/// iCalendar files: golden files per language, escaping, folding, time zones, stable UIDs.
@Suite struct CalendarTests {
    @Test(arguments: [("V001", "fr"), ("V002", "nl"), ("V003", "en")])
    func visitorCalendarMatchesGolden(_ id: String, _ language: String) throws {
        Golden.expect(try #require(Fixture.visitorFile(id, "ics")).text, matches: "visitor-\(language).ics")
    }

    @Test(arguments: [("H001", "fr"), ("H002", "nl"), ("H003", "en")])
    func hostCalendarMatchesGolden(_ id: String, _ language: String) throws {
        Golden.expect(try #require(Fixture.hostFile(id, "ics")).text, matches: "host-\(language).ics")
    }

    @Test func textValuesEscapeBackslashesSemicolonsCommasAndLineBreaks() {
        #expect(ICalendarText.escape("a\\b; c, d\ne\r\nf") == "a\\\\b\\; c\\, d\\ne\\nf")
        #expect(ICalendarText.escape("Crèche « Les Tilleuls »") == "Crèche « Les Tilleuls »")
        #expect(ICalendarText.parameter("Martin | Test, Chloé") == "\"Martin | Test, Chloé\"")
        #expect(ICalendarText.parameter("Say \"hi\"") == "Say 'hi'")
    }

    @Test func longLinesFoldAt75OctetsWithoutCuttingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100)
        let folded = ICalendarText.fold(line)
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? String($0.element) : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func aLineOf75OctetsStaysWholeAndOneOf76Folds() {
        let full = "SUMMARY:" + String(repeating: "x", count: 65) + "é"
        #expect(full.utf8.count == 75)
        #expect(ICalendarText.fold(full) == full + "\r\n")
        #expect(ICalendarText.fold(full + "y") == full + "\r\n y\r\n")
        let cut = "SUMMARY:" + String(repeating: "x", count: 66) + "é"
        #expect(ICalendarText.fold(cut) == "SUMMARY:" + String(repeating: "x", count: 66) + "\r\n é\r\n", "é is not cut")
    }

    /// Escaping and folding go by bytes: every text of up to four pieces (ASCII, escaped and control
    /// characters, two-, three- and four-byte scalars, CRLF), and long lines of the shorter ones, against
    /// the rules applied scalar by scalar.
    @Test func escapingAndFoldingByByteAgreeWithTheRulesByScalar() {
        let pieces = ["a", ";", ",", "\\", "\r", "\n", "\r\n", "\t", "\u{01}", "\u{7F}", "é", "€", "😀", "e\u{301}"]
        var texts = [""]
        for _ in 0..<4 { texts += texts.filter { $0.unicodeScalars.count < 4 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            #expect(ICalendarText.escape(text) == Self.escapeByScalar(text), "\(text.unicodeScalars.map { $0.value })")
            guard text.unicodeScalars.count < 3 else { continue }
            for filler in [68, 70, 72, 73, 74] {
                let line = String(repeating: "x", count: filler) + text + String(repeating: text, count: 20)
                #expect(ICalendarText.fold(line) == Self.foldByScalar(line), "\(filler) \(text.unicodeScalars.map { $0.value })")
            }
        }
    }

    private static func escapeByScalar(_ text: String) -> String {
        var out = "", previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    private static func foldByScalar(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line + "\r\n" }
        var out = "", width = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if width + size > 75 { out += "\r\n "; width = 1 }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out + "\r\n"
    }

    @Test func brusselsGetsTheEuropeanRuleAndLocalTimes() throws {
        let zone = CalendarTimeZone(identifier: "Europe/Brussels", years: [2025])
        #expect(zone.warning == nil)
        let text = try #require(zone.component).rendered
        #expect(text.contains("BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        #expect(text.contains("TZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        let start = zone.dateTime(LocalDate(iso: "2025-11-04")!, TimeOfDay(hhmm: "09:30")!)
        #expect(start.value == "20251104T093000")
        #expect(start.parameters.map(\.1) == ["Europe/Brussels"])
        let midnight = zone.dateTime(LocalDate(iso: "2025-12-31")!, TimeOfDay.endOfDay)
        #expect(midnight.value == "20260101T000000")
        let helsinki = try #require(CalendarTimeZone(identifier: "Europe/Helsinki", years: [2025]).component).rendered
        #expect(helsinki.contains("TZOFFSETTO:+0300\r\nTZNAME:EEST\r\nDTSTART:19700329T030000"))
    }

    @Test func otherZonesAreWrittenInUTCWithAWarning() {
        let york = CalendarTimeZone(identifier: "America/New_York", years: [2025])
        #expect(york.component == nil)
        #expect(york.warning?.contains("UTC") == true)
        let start = york.dateTime(LocalDate(iso: "2025-11-04")!, TimeOfDay(hhmm: "09:30")!)
        #expect(start.value == "20251104T143000Z" && start.parameters.isEmpty)
        let kinshasa = CalendarTimeZone(identifier: "Africa/Kinshasa", years: [2025])
        #expect(kinshasa.warning == nil && kinshasa.component?.rendered.contains("TZOFFSETTO:+0100") == true)
        #expect(CalendarTimeZone(identifier: "Mars/Olympus", years: [2025]).warning != nil)
    }

    @Test func uidsAreStableAndDistinct() {
        let a = PersonCalendar.uid("Le Grand Bain", "S0001", "V001")
        #expect(a == PersonCalendar.uid("Le Grand Bain", "S0001", "V001"))
        #expect(a != PersonCalendar.uid("Le Grand Bain", "S0001", "V004"))
        #expect(a != PersonCalendar.uid("Le Grand Bain", "S0001", nil))
        #expect(a.hasSuffix("@po-plan") && a.count == 32 + 8)
        let ics = Fixture.visitorFile("V001", "ics")!.text
        #expect(ics.contains("UID:\(a)\r\n"))
    }

    @Test func theStampIsTheLatestRegistrationInUTC() {
        #expect(CalendarStamp.of(Fixture.input) == "20251020T150200Z")
        let none = PlanningInput(event: Fixture.event, hosts: Fixture.hosts, sessions: Fixture.sessions,
                                 visitors: Fixture.visitors.map { var v = $0; v.registeredAt = nil; return v })
        #expect(CalendarStamp.of(none) == "20251101T000000Z")
    }

    @Test func aVisitorCalendarNamesNoAttendeeAndAHostCalendarNamesItsVisitors() {
        let visitor = Fixture.visitorFile("V004", "ics")!.text
        #expect(!visitor.contains("ATTENDEE") && visitor.contains("METHOD:PUBLISH"))
        #expect(visitor.contains("LOCATION:Brussels Outreach Point\\, Avenue du Port 100\\, 1000 Bruxelles"))
        let host = Fixture.hostFile("H001", "ics")!.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(host.contains("ORGANIZER;CN=Nadia Exemple:mailto:nadia.exemple@example.org"))
        #expect(host.contains("ATTENDEE;CN=Chloé Martin | Test;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:chloe_martin@example.org\r\n"))
        #expect(host.contains("STATUS:CANCELLED"))
        #expect(!host.contains("METHOD:"))
        #expect(Fixture.visitorFile("V005", "ics") == nil, "no visit, no calendar")
    }
}
