import Foundation
import Testing
@testable import Import

/// The exports a bilingual bassin holds (fixture forms-bilingual, written by openpyxl and LibreOffice):
/// two calls to hosts and two registration forms, in French and Dutch, merged into one canonical folder.
@Suite("a bilingual bassin's exports")
struct BilingualSourceTests {
    let outcome = FormFixtures.importing("forms-bilingual")

    /// The canonical row of a visitor, by e-mail.
    func visitor(_ email: String) -> String? { outcome.rows("visitors.csv").first { $0.contains(email) } }

    @Test func aCleanBilingualSourceHasNoErrorAndCanBePlanned() throws {
        #expect(outcome.reading.errors.isEmpty, "\(outcome.reading.errors)")
        let input = try #require(outcome.reading.input)
        #expect((input.hosts.count, input.sessions.count, input.visitors.count) == (6, 6, 5))
    }

    @Test func rowsOfBothFormsAreMergedAndCountedPerFile() {
        #expect(outcome.counts.map { "\($0.source) \($0.kind) \($0.rowsIn) \($0.rowsOut) \($0.rowsLeftOut) \($0.rowsMerged)" } == [
            "appel-structures.xlsx [Form1] hosts 3 3 0 0",
            "oproep gastorganisaties.xlsx [oproep gastorganisaties] hosts 3 3 0 0",
            "creneaux.xlsx [Créneaux] sessions 6 6 0 0",
            "inschrijvingen-nl.xlsx [Formulierantwoorden] visitors 3 3 0 0",
            "inscriptions-fr.csv visitors 3 2 0 1",
        ])
        // Nothing lost: every row of both forms is written, or named as replaced by a later registration.
        let visitorsIn = outcome.counts.filter { $0.kind == "visitors" }.map(\.rowsIn).reduce(0, +)
        #expect(visitorsIn == outcome.recordCount("visitors.csv") + outcome.merged.count + outcome.leftOut.count)
        #expect(outcome.merged == [ImportOutcome.MergedRow(source: "inscriptions-fr.csv", location: "inscriptions-fr.csv:2",
                                                           keptAt: "inschrijvingen-nl.xlsx:Formulierantwoorden!3:3")])
        let report = outcome.file("import-report.md") ?? ""
        #expect(report.contains("| inscriptions-fr.csv | visitors | 3 | 2 | 0 | 1 |"))
        #expect(report.contains("- **inscriptions-fr.csv:2**, replaced by inschrijvingen-nl.xlsx:Formulierantwoorden!3:3"))
    }

    @Test func idsOfTheSecondExportAreTheirOwn() {
        #expect(outcome.rows("hosts.csv").map { String($0.prefix { $0 != "," }) }
            == ["H001", "H002", "H003", "H2-001", "H2-002", "H2-003"])
        #expect(outcome.rows("visitors.csv").map { String($0.prefix { $0 != "," }) }
            == ["V0001", "V0002", "V0003", "V2-0002", "V2-0003"])
    }

    @Test func theLaterRegistrationOfOnePersonCountsAndBothRowsAreNamed() {
        #expect(outcome.has("inscriptions-fr.csv:2:2: warning: anke.claes@example.org registered again at "
            + "inschrijvingen-nl.xlsx:Formulierantwoorden!3:3 (2025-10-24 10:05); the later registration counts, so this "
            + "row is not carried over"))
        // Her Dutch registration (ranked OCMW Schaarbeek first) is the one written.
        #expect(visitor("Anke.Claes@example.org")?.contains(",H2-002;H001,2025-11-03;2025-11-05 am;2025-11-07,") == true)
        #expect(outcome.rows("visitors.csv").filter { $0.lowercased().contains("anke.claes") }.count == 1)
    }

    @Test func theFormsOwnColumnsAreRecognisedAndLeftOut() {
        let header = outcome.file("visitors.csv")?.split(separator: "\n").first ?? ""
        #expect(header == "visitor_id,first_name,last_name,email,phone,role,organization,sector,language,languages,"
            + "max_visits,choices,available,needs_access,open_to_suggestions,registered_at,cancelled,group,priority")
        // Microsoft's completion time and Google's timestamp give registered_at.
        #expect(visitor("pieter.janssens")?.contains(",2025-10-23 09:05,") == true)
        #expect(visitor("sophie.martin")?.contains(",2025-10-21T08:30:12,") == true)
        // 'Nom de votre service' names the host, not Microsoft's 'Nom' (the respondent, empty).
        #expect(outcome.rows("hosts.csv").first?.hasPrefix("H001,Service de santé mentale La Passerelle,") == true)
        #expect(!outcome.lines.contains { $0.contains("anonymous") || $0.contains("name is empty") })
    }

    @Test func datesThatLostTheirFormatAreSerialDatesWithAWarningAtTheCell() {
        #expect(outcome.rows("sessions.csv")[1] == "S0002,H002,,2025-11-05,14:00,16:00,4,,,,")
        #expect(outcome.rows("sessions.csv")[3] == "S0004,H2-001,,2025-11-06,09:30,11:30,5,,,,")
        #expect(outcome.has("creneaux.xlsx:Créneaux!B3: warning: Date: '45966' is a number, read as the spreadsheet "
            + "serial date 2025-11-05 (Wednesday): the cell lost its date format; check it, and format the column as dates"))
    }

    @Test func weekdaysInFrenchAndDutchNameTheirDayOfTheEventsWeek() {
        #expect(visitor("pieter.janssens")?.contains(",2025-11-03;2025-11-04 pm;2025-11-05,") == true)
        #expect(visitor("sophie.martin")?.contains(",2025-11-03;2025-11-05;2025-11-06,") == true)
        #expect(visitor("karim.benali")?.contains(",2025-11-06;2025-11-07,") == true)  // 'jeu., vendredi'
    }

    @Test func rankingQuestionsAndGridsGiveTheChoices() {
        #expect(visitor("pieter.janssens")?.contains(",H2-001;H002,") == true)  // 'De Brug;Le Noyer;' in one cell
        #expect(visitor("sophie.martin")?.contains(",H002;H003,") == true)     // 'Choix [1er choix]' …
    }

    @Test func colleaguesWhoNameEachOtherShareAGroupAndAnUnknownOneIsAWarning() {
        #expect(visitor("pieter.janssens")?.hasSuffix(",G-V0001,") == true)
        #expect(visitor("sophie.martin")?.hasSuffix(",G-V0001,") == true)
        #expect(visitor("karim.benali")?.hasSuffix(",") == true)
        #expect(outcome.has("inscriptions-fr.csv:4:12: warning: colleague: 'nadia.nobody@example.org' is not the e-mail "
            + "of anyone who registered, so this visitor is not put with them; check it, or ask them to register"))
    }

    @Test func organizationsWrittenOtherwiseAreSpeltAsTheHostDoesWithAWarning() {
        #expect(visitor("sophie.martin")?.contains(",Service de santé mentale La Passerelle,") == true)
        #expect(outcome.has("inscriptions-fr.csv:3:6: warning: organization: 'SSM La Passerelle' is written 'Service de "
            + "santé mentale La Passerelle', as host H001 (appel-structures.xlsx:Form1!2:2) spells it, so that this "
            + "visitor is never sent to their own organization; check it"))
        // OCMW Elsene is the Dutch name of the CPAS of Ixelles.
        #expect(visitor("pieter.janssens")?.contains(",CPAS d'Ixelles,") == true)
    }

    @Test func hostsWithoutCoordinatesGetTheirPostcodesCentre() {
        #expect(outcome.rows("hosts.csv")[3].contains(",1080,,50.855,4.330,"))
        #expect(outcome.rows("hosts.csv")[5].contains(",1700,,,,"))  // outside the region: default travel time
        #expect(!outcome.lines.contains { $0.contains("1700") })
    }

    @Test func sectorsInFrenchAndDutchHaveOneName() {
        let sectors = outcome.rows("hosts.csv").map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] }
        #expect(sectors == ["santé mentale / geestelijke gezondheidszorg", "maison médicale / wijkgezondheidscentrum",
                            "CPAS / OCMW", "maison médicale / wijkgezondheidscentrum", "CPAS / OCMW",
                            "aide et soins à domicile / thuiszorg"])
        #expect(SectorVocabulary.canonical("Soins de santé mentale") == nil)  // unknown: kept as written
    }
}
