import Testing

import Scheduling

/// Travel time from coordinates, the default without them, and the conflict rule.
@Suite struct TravelAndConflictTests {
    let policy = TravelPolicy(speedKmh: 12, overheadMinutes: 10, defaultMinutes: 30)

    @Test func travelTimeFollowsTheGreatCircleDistance() {
        let a = Coordinates(latitude: 50.8466, longitude: 4.3528)!
        let b = Coordinates(latitude: 50.8270, longitude: 4.4096)!
        let d = a.distanceKm(to: b)
        #expect(abs(d - 4.5) < 0.2)
        #expect(policy.minutes(from: a, to: b) == Int((10 + 60 * d / 12).rounded(.up)))
        #expect(policy.minutes(from: a, to: a) == 10)
    }

    @Test func travelTimeIsTheDefaultWhenEitherHostHasNoCoordinates() {
        let a = Coordinates(latitude: 50.8466, longitude: 4.3528)!
        #expect(policy.minutes(from: a, to: nil) == 30)
        #expect(policy.minutes(from: nil, to: nil) == 30)
    }

    private func session(_ id: String, _ host: String, _ start: String, _ end: String, date: String = "2025-11-04") -> Session {
        Session(id: id, hostID: host, slot: TimeWindow(date: LocalDate(iso: date)!, start: TimeOfDay(hhmm: start)!, end: TimeOfDay(hhmm: end)!)!,
                capacity: 5, languages: ["fr"])
    }

    @Test func sessionsConflictWhenTheGapIsShorterThanTheTrip() {
        let rule = ConflictRule(travel: policy)
        let h1 = Host(id: "H1", name: "One", languages: ["fr"])
        let h2 = Host(id: "H2", name: "Two", languages: ["fr"])
        // No coordinates: 30 minutes needed.
        #expect(rule.conflict(session("A", "H1", "09:00", "10:00"), at: h1, session("B", "H2", "10:29", "11:00"), at: h2))
        #expect(!rule.conflict(session("A", "H1", "09:00", "10:00"), at: h1, session("B", "H2", "10:30", "11:00"), at: h2))
        // Order does not matter.
        #expect(rule.conflict(session("B", "H2", "10:29", "11:00"), at: h2, session("A", "H1", "09:00", "10:00"), at: h1))
    }

    @Test func sessionsStartingTogetherAlwaysConflictAndDifferentDaysNever() {
        let rule = ConflictRule(travel: TravelPolicy(speedKmh: 12, overheadMinutes: 0, defaultMinutes: 0))
        let h1 = Host(id: "H1", name: "One", languages: ["fr"])
        let h2 = Host(id: "H2", name: "Two", languages: ["fr"])
        #expect(rule.conflict(session("A", "H1", "09:00", "10:00"), at: h1, session("B", "H2", "09:00", "09:30"), at: h2))
        #expect(!rule.conflict(session("A", "H1", "09:00", "10:00"), at: h1,
                               session("B", "H2", "09:00", "10:00", date: "2025-11-05"), at: h2))
    }
}
