import Foundation
import Scheduling
import Testing
import Import

/// Reads the valid test folder with `yaml` as its event.yaml.
private func reading(event yaml: String) throws -> InputReading {
    try TestFolder.valid(replacing: ["event.yaml": yaml]).read()
}

@Suite("event.yaml")
struct EventFileTests {
    @Test func onlyANameGivesEveryDefault() throws {
        let event = try #require(try reading(event: "name: Le Grand Bain\n").input).event
        #expect(event == Event(name: "Le Grand Bain"))
        #expect(event.timezone == "Europe/Brussels")
        #expect(event.maxChoices == 5)
        #expect(event.defaultMaxVisits == 2)
        #expect(event.travel == TravelPolicy(speedKmh: 12, overheadMinutes: 10, defaultMinutes: 30))
        #expect(event.objective == [.coverage, .preference, .mix])
    }

    @Test func givenValuesAreRead() throws {
        let yaml = """
            name: Kijkstages
            bassin: Nord-Ouest
            max_choices: 3
            default_max_visits: 1
            travel:
              speed_kmh: 15.5
              default_min: 40
            objective:
              - preference
              - coverage

            """
        let event = try #require(try reading(event: yaml).input).event
        #expect(event.bassin == "Nord-Ouest")
        #expect(event.maxChoices == 3)
        #expect(event.defaultMaxVisits == 1)
        #expect(event.travel == TravelPolicy(speedKmh: 15.5, overheadMinutes: 10, defaultMinutes: 40))
        #expect(event.objective == [.preference, .coverage])
    }

    @Test func defaultMaxVisitsIsTheVisitorsDefault() throws {
        let input = try #require(try reading(event: "name: X\ndefault_max_visits: 4\n").input)
        #expect(input.visitors.map(\.maxVisits) == [4, 4])
    }

    @Test func missingNameIsAnError() throws {
        #expect(try reading(event: "bassin: Sud\n").errorLines == [
            "event.yaml:1: error: the key 'name' is missing; add a line like 'name: Le Grand Bain'",
        ])
    }

    @Test func unknownKeysAreWarningsWithASuggestion() throws {
        let r = try reading(event: "name: X\nmax_choice: 3\ntravel:\n  speed: 10\n")
        #expect(r.errors == [])
        #expect(r.warnings.map(\.description) == [
            "event.yaml:2:1: warning: unknown key 'max_choice' is ignored; did you mean 'max_choices'?",
            "event.yaml:4:3: warning: unknown key 'travel.speed' is ignored",
        ])
    }

    @Test func objectiveMustBeANonEmptyListOfDistinctTiers() throws {
        #expect(try reading(event: "name: X\nobjective: []\n").has("event.yaml:2:12: error: objective must be a non-empty list"))
        #expect(try reading(event: "name: X\nobjective: coverage\n").has("event.yaml:2:12: error: objective must be"))
        #expect(try reading(event: "name: X\nobjective: [mix, coverage, mix]\n")
            .has("event.yaml:2:28: error: objective names 'mix' twice"))
    }

    @Test func invalidYAMLIsLocated() throws {
        let r = try reading(event: "name: X\ntravel:\n  speed_kmh: 12\n default_min: 30\n")
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.line == 4)
        #expect(r.errors.first?.message.hasPrefix("this is not valid YAML") == true)
    }

    @Test func repeatedKeyIsAnError() throws {
        #expect(try reading(event: "name: X\nname: Y\n").has("event.yaml:1:1: error: the key 'name' appears more than once"))
    }

    @Test func numbersAreChecked() throws {
        let r = try reading(event: "name: X\ndefault_max_visits: -1\ntravel:\n  speed_kmh: 0\n  overhead_min: lots\n")
        #expect(r.errorLines == [
            "event.yaml:2:21: error: default_max_visits must be a whole number from 0 to 100, found '-1'",
            "event.yaml:4:14: error: speed_kmh must be a number of km/h from 0.5 to 300, like 12, found '0'",
            "event.yaml:5:17: error: overhead_min must be a number of minutes from 0 to 1440, like 10, found 'lots'",
        ])
    }

    @Test func emptyFileIsAnError() throws {
        #expect(try reading(event: "").errorLines == [
            "event.yaml: error: the file is empty; it needs at least a line like 'name: Le Grand Bain'",
        ])
    }
}
