import Foundation
import Testing
@testable import Import

/// The deliberate mistakes of the fixtures are reported at their cells, with what was found, what was
/// expected and a suggestion; the typed values around them are read right.
@Suite("fixture messages")
struct FixtureMessageTests {
    @Test func windows1252ExportReportsEachMistakeAtItsCell() {
        let outcome = FormFixtures.importing("forms-cp1252")
        let expected = [
            "structures.csv:8:6: error: Langues: 'Klingon' is not a list of languages ('klingon' unknown)",
            "momenten.csv:8:2: error: Datum: mercredi 4 novembre 2025 is a Tuesday, not a Wednesday; "
                + "check the day and the weekday",
            "momenten.csv:9:1: error: Organisatie: 'Maison médicale' could be 'Maison médicale Le Noyer' or "
                + "'Maison médicale Les Tilleuls'; po-plan does not choose",
            "momenten.csv:10:5: error: Plaatsen: 'beaucoup' is not a whole number ≥ 1",
            "inscriptions.csv:5:11: error: Choix 1: 'Maison médicale' could be 'Maison médicale Le Noyer' or "
                + "'Maison médicale Les Tilleuls'; po-plan does not choose",
            "inscriptions.csv:6:14: error: Disponibilités: 'lundi 10/11 soir' is not a day with a half-day or hours",
            "inscriptions.csv:7:15: error: Besoin d'un accès PMR: 'peut-être' is not a yes or no answer",
        ]
        #expect(Set(outcome.reading.errors.map(\.description)) == Set(expected))
        #expect(outcome.has("structures.csv: warning: the file is not UTF-8; it was read as Windows-1252, the encoding "
            + "Excel uses for 'CSV (séparateur : point-virgule)'. Check that accented letters read right, or save it "
            + "as 'CSV UTF-8'"))
        #expect(outcome.has("inscriptions.csv:8:11: warning: Choix 1: 'Maison médicale Le Noyeer' is read as "
            + "'Maison médicale Le Noyer' (H001), the only close name; check it"))
        #expect(outcome.reading.diagnostics.contains { $0.file == "event.yaml" && $0.severity == .warning })
    }

    @Test func windows1252ExportReadsTypedValues() {
        let outcome = FormFixtures.importing("forms-cp1252")
        #expect(outcome.rows("hosts.csv").contains(
            "H005,Centre de jour Soleil,,personnes âgées,Rue du Midi 40,1000,Bruxelles,50.847,4.352,fr;nl,yes,Noël Dumont,noel.dumont@example.org,,,,"))
        #expect(outcome.has("structures.csv:7:4: warning: Code postal: no coordinates: the host is placed at the centre "
            + "of 1000 (Bruxelles / Brussel), 50.847, 4.352, which is approximate; travel times to it are estimates. "
            + "Give lat and lon for exact ones"))
        #expect(outcome.rows("sessions.csv") == [
            "S0001,H001,visit,2025-11-04,09:30,11:00,4,,,,",
            "S0002,H002,visit,2025-11-04,14:00,16:00,6,,,,",
            "S0003,H003,visit,2025-11-04,09:30,12:00,3,,,,",
            "S0004,H004,immersion,2025-11-05,09:30,11:30,5,,,,",
            "S0005,H005,immersion,2025-11-06,09:30,16:30,2,,fr;nl,,",
        ])
        #expect(outcome.rows("visitors.csv").first == "V0001,Françoise,Dubois,francoise.dubois@example.org,,assistante sociale,CPAS d'Ixelles,social,fr,fr,2,H001;H003,2025-11-04 am;2025-11-05 pm,no,yes,2025-10-26T18:44:15,,,,")
        // A session named by its host, day and time; languages as words; a half-day in Dutch.
        #expect(outcome.rows("visitors.csv")[1].contains(",nl,fr;nl,1,H004;S0005,2025-11-04 am;2025-11-06,no,yes,"))
        #expect(outcome.rows("visitors.csv").last?.contains(",fr;nl,,H002,") == true)
    }

    @Test func utf8ExportWithLineBreaksAndTypedSessions() {
        let outcome = FormFixtures.importing("forms-utf8")
        #expect(Set(outcome.reading.errors.map(\.description)) == [
            "structures d'accueil.csv:7:5: error: Créneaux: 'vendredi 7/11 25u-26u' is not a day with a start and "
                + "an end time",
            "deelnemers.csv:6:8: error: Keuze 1: 'Huis Nergens' is not the name of a host or session; the nearest "
                + "are 'Sociaal Huis Het Zeil'",
            "deelnemers.csv:7:11: error: di 4/11 voormiddag: 'misschien' is not a yes/no answer nor a list of "
                + "half-days for 'di 4/11 voormiddag'",
        ])
        // Lotte registered twice in the same form: the later row counts, the earlier is named.
        #expect(outcome.has("deelnemers.csv:2:3: warning: lotte.wouters@example.org registered again at "
            + "deelnemers.csv:8; the later registration counts, so this row is not carried over"))
        #expect(outcome.merged == [ImportOutcome.MergedRow(source: "deelnemers.csv", location: "deelnemers.csv:2",
                                                           keptAt: "deelnemers.csv:8")])
        #expect(outcome.rows("sessions.csv") == [
            "S0001,H001,visit,2025-11-04,09:30,11:00,4,,,,",
            "S0002,H001,visit,2025-11-05,14:00,16:00,4,,,,",
            "S0003,H002,visit,2025-11-04,13:00,15:00,5,,,,",
            "S0004,H002,visit,2025-11-06,09:30,12:00,5,,,,",
            "S0005,H003,immersion,2025-11-06,09:30,16:30,2,,,,",
        ])
        let visitors = outcome.file("visitors.csv") ?? ""
        // Her first row (with a quoted line break, lines 2–3) is replaced by the second, on line 8.
        #expect(!visitors.contains("Graag in de voormiddag."))
        #expect(visitors.contains("V0006,Lotte,Wouters,lotte.wouters@example.org,,,,,,nl,,H002,2025-11-05 am,,,,,,,\n"))
        #expect(outcome.file("hosts.csv")?.contains("\"Accueil de jour \"\"Soleil\"\", avec repas.\"") == true)
        #expect(outcome.file("event.yaml")?.hasPrefix("name: Portes Ouvertes — essai des formulaires") == true)
    }

    @Test func workbookMistakesAreNamedBySheetAndCell() {
        let outcome = FormFixtures.importing("forms-xlsx")
        #expect(Set(outcome.reading.errors.map(\.description)) == [
            "portes-ouvertes.xlsx:Momenten!B6: error: Datum: '31/11/2025' is not a date of the calendar: "
                + "November 2025 has 30 days",
            "portes-ouvertes.xlsx:Momenten!E7: error: capacity is empty; it is required",
            "portes-ouvertes.xlsx:Inschrijvingen!F6: error: Keuze 1: 'Maison Rose' is not the name of a host or "
                + "session; the nearest are 'Maison médicale Le Noyer'",
            "portes-ouvertes.xlsx:Inschrijvingen!I7: error: Beschikbaarheid: vrijdag 6/11 2025 is a Thursday, "
                + "not a Friday; check the day and the weekday",
        ])
        #expect(outcome.has("portes-ouvertes.xlsx:Momenten!E7: warning: this cell holds a formula whose result was "
            + "not saved in the file, so it is read as empty; open the workbook in Excel or LibreOffice and save it again"))
        #expect(outcome.ignored == ["portes-ouvertes.xlsx [Notes]"])
    }

    @Test func workbookReadsSerialDatesTimesNumbersAndBooleans() {
        let outcome = FormFixtures.importing("forms-xlsx")
        #expect(outcome.rows("hosts.csv") == [
            "H001,Maison médicale Le Noyer,,,,,,50.8262,4.3711,fr,yes,,,,,",
            "H002,Sociaal Huis Het Zeil,,,,,,50.8281,4.4331,nl,no,,,,,",
            "H003,Service de santé mentale La Passerelle,,,,,,,,fr;en,yes,,,,,",
            "H004,Centre de jour Soleil,,,,,,50.8466,4.3528,fr;nl,,,,,,",
        ])
        #expect(outcome.rows("sessions.csv") == [
            "S0001,H001,,2025-11-04,09:30,11:00,4,,,Visite du matin,",
            "S0002,H002,,2025-11-04,13:00,15:00,5,,,,",
            "S0003,H003,,2025-11-05,14:00,16:00,3,,,,",
            "S0004,H004,,2025-11-06,09:30,16:30,2,,,Journée d'immersion,",
        ])
        #expect(outcome.rows("visitors.csv") == [
            "V0001,Bram,Vermeulen,bram.vermeulen@example.org,,,,,,nl,2,H002;H004,2025-11-04 pm;2025-11-06,,yes,2025-10-20 09:15,,,",
            "V0002,Julie,Lejeune,julie.lejeune@example.org,,,,,,fr,1,H003;S0001,,,no,2025-10-21 14:00,,,",
            "V0003,Karim,Aziz,karim.aziz@example.org,,,,,,fr;nl,,H004,2025-11-05,,,2025-10-22 08:00,,,",
        ])
    }

    @Test func jsonListsTheSameProblemsWithCellsAndSuggestions() {
        let diagnostics = FormFixtures.importing("forms-xlsx").reading.diagnostics
        let json = Diagnostic.json(diagnostics)
        #expect(json.split(separator: "\n").count == diagnostics.count + 2)
        #expect(json.contains("{\"severity\": \"error\", \"file\": \"portes-ouvertes.xlsx\", \"sheet\": \"Inschrijvingen\", "
            + "\"line\": 6, \"column\": 6, \"cell\": \"F6\", \"message\": \"Keuze 1: 'Maison Rose' is not the name of a "
            + "host or session; the nearest are 'Maison médicale Le Noyer'\", \"found\": \"Maison Rose\", \"expected\": "
            + "\"the name of a host or session as written in the list of hosts, or its id\", \"suggestion\": "
            + "\"Maison médicale Le Noyer\"}"))
        #expect(Diagnostic.json([]) == "[]\n")
    }
}
