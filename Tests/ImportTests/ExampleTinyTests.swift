import Foundation
import Scheduling
import Testing
import Import

/// The shared example folder: the repository root is three levels above this file, and the spec lives
/// next to the worktrees in `../shared/spec`.
let exampleTiny = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/spec/example-tiny").standardizedFileURL

/// Whether the example folder exists here; the tests below are skipped (reported as such) when not.
let exampleTinyExists = FileManager.default.fileExists(atPath: exampleTiny.appendingPathComponent("event.yaml").path)

@Suite("example-tiny", .enabled(if: exampleTinyExists, "the shared spec folder ../shared/spec/example-tiny is absent"))
struct ExampleTinyTests {
    let reading = InputFolder.read(at: exampleTiny)

    @Test func readsWithoutErrors() {
        #expect(reading.errorLines == [])
        #expect(reading.input != nil)
    }

    @Test func hasEightHostsFifteenSessionsTwentyFiveVisitors() throws {
        let input = try #require(reading.input)
        #expect(input.hosts.count == 8)
        #expect(input.sessions.count == 15)
        #expect(input.visitors.count == 25)
    }

    @Test func readsTheEventWithItsValues() throws {
        let event = try #require(reading.input).event
        #expect(event.name == "Portes Ouvertes — essai")
        #expect(event.bassin == "Sud-Est")
        #expect(event.maxChoices == 5)
        #expect(event.defaultMaxVisits == 2)
        #expect(event.travel == TravelPolicy(speedKmh: 12, overheadMinutes: 10, defaultMinutes: 30))
        #expect(event.objective == [.coverage, .preference, .mix])
    }

    @Test func appliesHostDefaults() throws {
        let input = try #require(reading.input)
        let h003 = try #require(input.host("H003"))
        #expect(h003.organization == h003.name)
        #expect(h003.coordinates == Coordinates(latitude: 50.82183, longitude: 4.42856))
        let h004 = try #require(input.host("H004"))
        #expect(h004.accessible == false)  // empty accessible: default no
        #expect(h004.languages == ["fr", "nl"])
        #expect(try #require(input.host("H002")).accessible)
        #expect(try #require(input.host("H001")).coordinates == nil)
    }

    @Test func appliesSessionDefaults() throws {
        let input = try #require(reading.input)
        let s0001 = try #require(input.session("S0001"))
        #expect(s0001.minVisitors == 1)
        #expect(s0001.languages == ["fr", "nl"])  // H008's languages
        #expect(s0001.kind == .visit)
        #expect(s0001.title == "Visite")
        #expect(s0001.slot.description == "2025-11-04 10:00-12:00")
        let s0003 = try #require(input.session("S0003"))
        #expect(s0003.kind == .immersion)
        #expect(s0003.capacity == 1)
        #expect(try #require(input.session("S0010")).minVisitors == 3)
    }

    @Test func appliesVisitorDefaults() throws {
        let input = try #require(reading.input)
        let v0001 = try #require(input.visitor("V0001"))
        #expect(v0001.language == "nl")  // first of languages
        #expect(v0001.maxVisits == 1)
        #expect(v0001.needsAccess == false)
        #expect(v0001.available == [])
        #expect(v0001.choices == ["H001", "H004", "H005", "H007"])
        let v0002 = try #require(input.visitor("V0002"))
        #expect(v0002.maxVisits == 2)  // event default_max_visits
        #expect(v0002.available.map(\.description) == [
            "2025-11-03 12:00-24:00", "2025-11-04 00:00-13:00", "2025-11-05 12:00-24:00", "2025-11-06 12:00-24:00",
        ])
        #expect(try #require(input.visitor("V0006")).openToSuggestions)
        #expect(try #require(input.visitor("V0024")).maxVisits == 3)
        #expect(try #require(input.visitor("V0013")).languages == ["fr", "en"])
        #expect(try #require(input.visitor("V0001")).registeredAt == "2025-10-26T18:44:15+01:00")
    }

    @Test func warningsAreOnlyAboutChoices() {
        // The example has repeated choices and more than max_choices on purpose; nothing else is odd.
        for warning in reading.warnings {
            #expect(warning.file == "visitors.csv", "\(warning)")
        }
    }
}
