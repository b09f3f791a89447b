import Testing
import Scheduling

/// registered_at read once: the text as written and the instant it names in the event's zone.
@Suite struct RegistrationTimeTests {
    @Test func registrationTimesAreReadAsInstants() {
        let utc = RegistrationTime("2025-10-06T07:18:15Z").instant
        #expect(utc == 1_759_735_095)
        #expect(RegistrationTime("2025-10-06T09:18:15+02:00").instant == utc)
        #expect(RegistrationTime("2025-10-06 09:18:15").instant == utc, "local time, CEST")
        #expect(RegistrationTime("2025-10-06T09:18:15.250+0200").instant == utc)
        #expect(RegistrationTime("2025-10-06").instant == 1_759_701_600)
        #expect(RegistrationTime("06/10/2025").instant == nil)
        #expect(RegistrationTime("2025-10-06T25:00").instant == nil)
        #expect(RegistrationTime("06/10/2025").text == "06/10/2025")
    }

    @Test func aTimeWithoutOffsetIsReadInTheEventsZone() {
        let brussels = RegistrationTime("2025-10-06 09:18:15", timeZone: "Europe/Brussels").instant!
        let london = RegistrationTime("2025-10-06 09:18:15", timeZone: "Europe/London").instant!
        #expect(london - brussels == 3600)
        // Winter time: one hour from UTC in Brussels.
        #expect(RegistrationTime("2025-11-03 10:00", timeZone: "Europe/Brussels").instant
            == RegistrationTime("2025-11-03T09:00Z").instant)
    }

    @Test func iso8601TextReadsEveryFormPoPlanAccepts() {
        #expect(ISO8601Text.parse("2025-10-06T09:18")?.secondsOfDay == 9 * 3600 + 18 * 60)
        #expect(ISO8601Text.parse("2025-10-06T09:18-05:30")?.offsetSeconds == -(5 * 3600 + 30 * 60))
        #expect(ISO8601Text.parse("2025-10-06T09:18:15,5Z")?.offsetSeconds == 0)
        #expect(ISO8601Text.parse("2025-02-30") == nil)
        #expect(ISO8601Text.parse("2025-10-06T09:18+2") == nil)
        #expect(ISO8601Text.parse("2025-10-06T09:18:15.") == nil)
    }
}
