import Foundation
import Scheduling
import Testing
@testable import Import

/// Issue 10, defects 2 and 6: values that used to crash or shift the week are located errors.
@Suite("value ranges")
struct ValueRangeTests {
    func event(_ yaml: String) throws -> InputReading {
        try TestFolder.valid(replacing: ["event.yaml": "name: Test event\n" + yaml]).read()
    }

    @Test func aTimeZoneTypoShiftsEveryCalendar() throws {
        let r = try event("timezone: Europe/Brussel\n")
        #expect(r.input == nil)
        #expect(r.errorLines.count == 1)
        #expect(r.has("event.yaml:2:11: error: timezone 'Europe/Brussel' is not a known IANA time zone name "
            + "like Europe/Brussels; calendars would be an hour or more off; did you mean 'Europe/Brussels'"))
        #expect(TimeZoneName.suggestions(for: "Europe/Brussel").first == "Europe/Brussels")
        #expect(TimeZoneName.suggestions(for: "europe/amsterdam").first == "Europe/Amsterdam")
        #expect(try event("timezone: Europe/Amsterdam\n").input?.event.timezone == "Europe/Amsterdam")
    }

    @Test(arguments: ["9223372036854775807", "99999999999999999999999", "10001", "0"])
    func crashesOnACapacityOutOfRange(_ capacity: String) throws {
        let sessions = "session_id,host_id,date,start,end,capacity\nS1,H1,2025-11-05,10:00,12:00,\(capacity)\n"
            + "S2,H2,2025-11-05,14:00,16:00,3\n"
        let r = try TestFolder.valid(replacing: ["sessions.csv": sessions]).read()
        #expect(r.errorLines == ["sessions.csv:2:6: error: capacity must be a whole number from 1 to 10000, found '\(capacity)'"])
    }

    @Test(arguments: ["9223372036854775807", "4611686018427387904", "1000000000000", "1000000", "21"])
    func crashesOnMaxChoicesOutOfRange(_ k: String) throws {
        let r = try event("max_choices: \(k)\n")
        #expect(r.errorLines == ["event.yaml:2:14: error: max_choices must be a whole number from 1 to 20, found '\(k)'"])
    }

    @Test func crashesOnTravelSettingsOutOfRange() throws {
        let r = try event("travel:\n  speed_kmh: 1e-300\n  overhead_min: 1e300\n  default_min: 99999999999999999999\n")
        #expect(r.errorLines == [
            "event.yaml:3:14: error: speed_kmh must be a number of km/h from 0.5 to 300, like 12, found '1e-300'",
            "event.yaml:4:17: error: overhead_min must be a number of minutes from 0 to 1440, like 10, found '1e300'",
            "event.yaml:5:16: error: default_min must be a whole number from 0 to 1440, found '99999999999999999999'",
        ])
    }

    @Test func crashesOnMaxVisitsOutOfRange() throws {
        let visitors = "visitor_id,first_name,last_name,email,languages,max_visits\nV1,Ann,Example,ann@example.org,fr,101\n"
        let r = try TestFolder.valid(replacing: ["visitors.csv": visitors]).read()
        #expect(r.errorLines == ["visitors.csv:2:6: error: max_visits must be a whole number from 0 to 100, found '101'"])
        #expect(try event("default_max_visits: 9223372036854775808\n").errorLines.count == 1)
    }

    @Test func crashesOnTravelTimesNeverTrap() throws {
        let a = try #require(Coordinates(latitude: 50.85, longitude: 4.35))
        let b = try #require(Coordinates(latitude: -33.9, longitude: 151.2))
        #expect(TravelPolicy(speedKmh: 1e-300, overheadMinutes: 10).minutes(from: a, to: b) == TravelPolicy.unreachable)
        #expect(TravelPolicy(speedKmh: 12, overheadMinutes: 1e300).minutes(from: a, to: b) == TravelPolicy.unreachable)
        #expect(TravelPolicy(speedKmh: 12, overheadMinutes: .nan).minutes(from: a, to: b) == 30)
        #expect(TravelPolicy(speedKmh: 12, overheadMinutes: 10).minutes(from: a, to: a) == 10)
    }
}
