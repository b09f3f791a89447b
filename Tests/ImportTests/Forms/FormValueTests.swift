import Scheduling
import Testing
@testable import Import

/// Values as people type them, read into the contract's values.
@Suite("typed values")
struct FormValueTests {
    let dates = FormDate(defaultYear: 2025)

    /// Reads a date with `dates`, nil when it is a problem.
    func date(_ text: String) -> String? {
        var notes: [String] = []
        return (try? dates.read(text, notes: &notes)).map(\.description)
    }

    @Test func datesInBelgianForms() {
        for text in ["04/11/2025", "4-11-25", "4.11.2025", "2025-11-04", "mardi 4 novembre", "di 4 nov.",
                     "Tuesday 4 November 2025", "4/11", "dinsdag 4 november", "mar. 4/11", "2025-11-04 00:00:00"] {
            #expect(date(text) == "2025-11-04", "\(text)")
        }
        #expect(date("1er décembre") == "2025-12-01")
    }

    @Test func aWeekdayThatDoesNotMatchIsAnErrorNamingTheYear() {
        var notes: [String] = []
        #expect(throws: ValueProblem.self) { try FormDate(defaultYear: 2026).read("mardi 4 novembre", notes: &notes) }
        do {
            _ = try FormDate(defaultYear: 2026).read("mardi 4 novembre", notes: &notes)
        } catch {
            #expect(error.message == "mardi 4 novembre 2026 is a Wednesday, not a Tuesday; check the day and the weekday")
            #expect(error.suggestion == "2026-11-04")
        }
    }

    @Test func aDateWithoutYearTakesTheWeekdaysYearWithAWarning() throws {
        var notes: [String] = []
        var reader = FormDate(defaultYear: nil)
        reader.currentYear = 2025
        #expect(try reader.read("mardi 4 novembre", notes: &notes).description == "2025-11-04")
        #expect(notes.count == 1)
        #expect(throws: ValueProblem.self) { try reader.read("4/11", notes: &notes) }
    }

    @Test func timesAndRanges() throws {
        for text in ["9h30", "9u30", "09.30", "9:30", "09:30:00", "9 h 30"] {
            #expect(FormTime.parse(text)?.description == "09:30", "\(text)")
        }
        #expect(FormTime.parse("14h")?.description == "14:00")
        #expect(FormTime.parse("25u") == nil)
        let range = try FormTime.readRange("de 9h30 à 11h")
        #expect("\(range.start)-\(range.end)" == "09:30-11:00")
        #expect(try "\(FormTime.readRange("van 9u30 tot 11u").end)" == "11:00")
        #expect(throws: ValueProblem.self) { try FormTime.readRange("11h-9h") }
    }

    @Test func languagesAsWords() throws {
        let cases: [(String, [Language])] = [
            ("Français", ["fr"]), ("FR/NL", ["fr", "nl"]), ("bilingue", ["fr", "nl"]), ("tweetalig", ["fr", "nl"]),
            ("Nederlands", ["nl"]), ("English", ["en"]), ("Frans en Nederlands", ["fr", "nl"]),
            ("français et anglais", ["fr", "en"]), ("fr;nl", ["fr", "nl"]), ("FR EN", ["fr", "en"]),
        ]
        for (text, expected) in cases { #expect(try FormValues.languages(text) == expected, "\(text)") }
        do {
            _ = try FormValues.languages("Fransais")
            Issue.record("a misspelt language is read")
        } catch {
            #expect(error.suggestion == "francais")
        }
    }

    @Test func yesAndNoInThreeLanguages() throws {
        for text in ["Oui", "ja", "Yes", "TRUE", "x", "✓", "Oui, j'ai besoin d'un accès"] {
            #expect(try FormValues.boolean(text), "\(text)")
        }
        for text in ["Non", "nee", "no", "FALSE", "0"] { #expect(try !FormValues.boolean(text), "\(text)") }
        #expect(throws: ValueProblem.self) { try FormValues.boolean("peut-être") }
    }

    @Test func halfDaysAndAvailability() throws {
        var notes: [String] = []
        let availability = FormAvailability(dates: dates)
        let read = try availability.windows("mardi 4/11 matin; mercredi 5/11 après-midi; di 4/11 namiddag; "
            + "wo 5/11 voormiddag; jeudi 6/11; 7/11 9h-12h; 2025-11-03 am", notes: &notes)
        #expect(read.map(RowReader.canonical) == ["2025-11-04 am", "2025-11-05 pm", "2025-11-04 pm", "2025-11-05 am",
                                                  "2025-11-06", "2025-11-07 09:00-12:00", "2025-11-03 am"])
        #expect(try availability.windows(label: "Mardi 4/11", cell: "Matin, Après-midi", notes: &notes).count == 2)
        #expect(try availability.windows(label: "di 4/11 voormiddag", cell: "Non", notes: &notes).isEmpty)
    }

    @Test func numbersWithUnitsAndKinds() throws {
        #expect(try FormValues.wholeNumber("4 places", atLeast: 1) == 4)
        #expect(try FormValues.wholeNumber("max 6 personen", atLeast: 1) == 6)
        #expect(throws: ValueProblem.self) { try FormValues.wholeNumber("beaucoup", atLeast: 1) }
        #expect(try FormValues.kind("Kijkstage") == .immersion)
        #expect(try FormValues.kind("bezoek") == .visit)
        #expect(FormValues.decimal("50,8466") == "50.8466")
        #expect(FormValues.timestamp("26/10/2025 18:44:15") == "2025-10-26T18:44:15")
    }
}
