import Foundation
import Testing
@testable import Import

/// Headers po-plan does not know are mapped with columns.yaml, which --suggest-mapping drafts; a clean
/// source of exports can be planned directly.
@Suite("columns.yaml")
struct MappingTests {
    /// A small clean source with headers in French, one of which po-plan cannot guess.
    static let files = [
        "structures.csv": "Nom de la structure;Langues;Créneaux;Places par visite\n"
            + "Maison Alpha;Français;mardi 4/11/2025 9h-11h;3\nHuis Beta;NL;di 4/11 14u-16u;2\n",
        "inscriptions.csv": "Prénom;Nom;Courriel;Langues;Premier vœu;Second vœu;Mes notes\n"
            + "Ann;Example;ann@example.org;FR;Maison Alpha;Huis Beta;\nBob;Example;bob@example.org;NL;Huis Beta;;x\n",
    ]

    /// Writes `files` (and a mapping) into a new folder.
    func source(mapping: String? = nil) throws -> URL {
        let url = try FormFixtures.temporaryFolder()
        for (name, text) in Self.files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        if let mapping { try Data(mapping.utf8).write(to: url.appendingPathComponent("columns.yaml")) }
        return url
    }

    @Test func unknownHeadersAreCarriedOverAndRankedColumnsFound() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errors.isEmpty, "\(outcome.reading.errors)")
        // "Premier vœu" names a choice and a rank, so it is found without a mapping.
        #expect(outcome.rows("visitors.csv") == ["V0001,Ann,Example,ann@example.org,,,,,,fr,,H001;H002,,,,,,,,",
                                                 "V0002,Bob,Example,bob@example.org,,,,,,nl,,H002,,,,,,,,x"])
        #expect(outcome.file("visitors.csv")?.hasPrefix("visitor_id,") == true)
        #expect(outcome.rows("sessions.csv") == ["S0001,H001,,2025-11-04,09:00,11:00,3,,,,",
                                                 "S0002,H002,,2025-11-04,14:00,16:00,2,,,,"])
    }

    @Test func aMappingNamesColumnsAndAMissingOneIsAnError() throws {
        let url = try source(mapping: "visitors:\n  choices: [Second vœu]\n  role: Mes notes\n  sector: Secteur\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Importer.importSource(at: url)
        #expect(outcome.rows("visitors.csv") == ["V0001,Ann,Example,ann@example.org,,,,,,fr,,H002,,,,,,,,Maison Alpha",
                                                 "V0002,Bob,Example,bob@example.org,,x,,,,nl,,,,,,,,,,Huis Beta"])
        #expect(outcome.reading.errors.map(\.description).first?.hasPrefix(
            "columns.yaml:4: error: columns.yaml names the column 'Secteur' for visitors.sector, but inscriptions.csv "
                + "has no such column") == true)
    }

    @Test func suggestMappingDraftsTheColumnsFound() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        let (text, diagnostics) = Importer.suggestMapping(at: url)
        #expect(diagnostics.filter(\.isError).isEmpty)
        #expect(text.contains("  hosts: \"structures.csv\""))
        #expect(text.contains("  name: \"Nom de la structure\""))
        #expect(text.contains("  slots: \"Créneaux\""))
        #expect(text.contains("  email: \"Courriel\""))
        #expect(text.contains("  choices: [\"Premier vœu\", \"Second vœu\"]"))
        #expect(text.contains("  # not used (carried over as they are): \"Mes notes\""))
        // The draft, saved as it is, is read back without a problem.
        try Data(text.utf8).write(to: url.appendingPathComponent("columns.yaml"))
        #expect(Importer.importSource(at: url).reading.errors.isEmpty)
    }

    @Test func aSourceOfExportsIsPlannedDirectly() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        let reading = Importer.read(at: url)
        let input = try #require(reading.input)
        #expect(input.visitors.map(\.choices) == [["H001", "H002"], ["H002"]])
        #expect(input.event.name == "Portes Ouvertes")
    }

    @Test func aMissingRequiredColumnKeepsEveryRowOutWithTheReason() throws {
        let url = try FormFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("Nom de la structure;Créneaux;Places\nMaison Alpha;4/11/2025 9h-10h;3\n".utf8)
            .write(to: url.appendingPathComponent("structures.csv"))
        try Data("Prénom;Nom;Courriel;Langues\nAnn;Example;ann@example.org;FR\n".utf8)
            .write(to: url.appendingPathComponent("inscriptions.csv"))
        let outcome = Importer.importSource(at: url)
        #expect(outcome.leftOut.map(\.location) == ["structures.csv:2"])
        #expect(outcome.leftOut.first?.reasons.first?.hasPrefix("structures.csv:1: no column holds languages in hosts")
            == true)
        #expect(outcome.counts.map(\.rowsOut) == [0, 1])
    }

    @Test func aSyntaxErrorInColumnsYamlIsLocated() throws {
        let url = try source(mapping: "visitors:\n  choices: [Premier vœu, Second vœu\n  role: Mes notes\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let errors = Importer.importSource(at: url).reading.errors
        #expect(errors.map(\.location) == ["columns.yaml:3:7"])
        #expect(errors.first?.message.hasPrefix("this is not valid YAML") == true)
    }

    @Test func aKeyGivenTwiceInColumnsYamlIsLocated() throws {
        let url = try source(mapping: "visitors:\n  role: Mes notes\n  role: Premier vœu\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(Importer.importSource(at: url).reading.errorLines
            == ["columns.yaml:2:3: error: the key 'role' appears more than once; keep only one"])
    }

    @Test func aTablesValueThatIsNotABlockIsAnErrorAtIt() throws {
        let url = try source(mapping: "tables: inscriptions.csv\nhosts: [Nom de la structure]\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let errors = Importer.importSource(at: url).reading.errorLines
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("columns.yaml:1:9: error: tables must be a block of 'table: file name' lines")
            == true)
        #expect(errors.last?.hasPrefix("columns.yaml:2:8: error: hosts must be a block of 'field: column header' "
            + "lines") == true)
        #expect(errors.allSatisfy { $0.hasSuffix("found 'inscriptions.csv'") || $0.hasSuffix("found a list") })
    }

    @Test func emptyBlocksInColumnsYamlAreNoProblem() throws {
        let url = try source(mapping: "tables:\nhosts:\n# nothing to map yet\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(Importer.importSource(at: url).reading.errors.isEmpty)
    }

    @Test func theTablesBlockSaysWhichFileHoldsATableItsNameDoesNotTell() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.moveItem(at: url.appendingPathComponent("inscriptions.csv"),
                                         to: url.appendingPathComponent("Réponses au formulaire 1.csv"))
        #expect(Importer.importSource(at: url).ignored == ["Réponses au formulaire 1.csv"])
        try Data("tables:\n  visitors: Réponses au formulaire 1.csv\n".utf8)
            .write(to: url.appendingPathComponent("columns.yaml"))
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errors.isEmpty, "\(outcome.reading.errors)")
        #expect(outcome.ignored.isEmpty)
        #expect(outcome.recordCount("visitors.csv") == 2)
    }
}
