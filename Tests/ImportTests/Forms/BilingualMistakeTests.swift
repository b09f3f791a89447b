import Foundation
import Testing
@testable import Import

/// Deliberate mistakes in the bilingual exports: each stops `validate` with an error that names the file
/// (and sheet), the row and the cell; and an organization written otherwise in a canonical folder is a
/// warning of `validate` that names both rows.
@Suite("mistakes in a bilingual bassin's exports")
struct BilingualMistakeTests {
    /// A copy of forms-bilingual with `extra` files added (or replacing one).
    func source(_ extra: [String: Data]) throws -> URL {
        let url = try FormFixtures.temporaryFolder()
        let fixture = FormFixtures.url("forms-bilingual")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
        for (name, data) in extra { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// The errors `validate` lists for the source with `extra`.
    func errors(_ extra: [String: Data]) throws -> [String] {
        let url = try source(extra)
        defer { try? FileManager.default.removeItem(at: url) }
        let reading = Importer.read(at: url)
        #expect(reading.input == nil)
        return reading.errors.map(\.description)
    }

    @Test func aSecondSessionsExportIsMergedAndAFarSerialNumberIsAnErrorAtItsCell() throws {
        let errors = try errors(["sessions-extra.csv": Data(("Structure;Date;Début;Fin;Places\n"
            + "OCMW Schaarbeek;45000;9u;11u;3\n").utf8)])
        #expect(errors == ["sessions-extra.csv:2:2: error: Date: '45000' is not a date: a plain number is read as a "
            + "spreadsheet's serial date only when it falls within a year of the event (2024-11-02 to 2026-11-08)"])
    }

    @Test func weekdaysAreAnErrorAtTheirCellWhenTheSessionsSpanTwoWeeks() throws {
        let errors = try errors(["sessions-extra.csv": Data(("Structure;Date;Début;Fin;Places\n"
            + "OCMW Schaarbeek;12/11/2025;9u;11u;3\n").utf8)])
        let expected = "inschrijvingen-nl.xlsx:Formulierantwoorden!N2: error: Beschikbaarheid: 'maandag' is a weekday "
            + "without a date, and the sessions do not lie within one Monday-to-Sunday week, so it does not name one "
            + "day; write the date, like 'maandag 4/11'"
        #expect(errors.contains(expected), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("inscriptions-fr.csv:3:11: error: Disponibilités: 'lundi' is a weekday") })
        #expect(errors.count == 5)  // every registration that ticked weekdays, except the replaced one
    }

    @Test func aChoiceThatNamesNoHostInTheWindows1252ExportIsAnErrorAtItsCell() throws {
        let original = try Data(contentsOf: FormFixtures.url("forms-bilingual").appendingPathComponent("inscriptions-fr.csv"))
        let text = try #require(String(data: original, encoding: .windowsCP1252))
        let broken = try #require(text.replacingOccurrences(of: "Sophie;Martin;Français;SSM La Passerelle;santé mentale;"
            + "Maison médicale Le Noyer", with: "Sophie;Martin;Français;SSM La Passerelle;santé mentale;Maison Rose")
            .data(using: .windowsCP1252))
        let errors = try errors(["inscriptions-fr.csv": broken])
        #expect(errors == ["inscriptions-fr.csv:3:8: error: Choix [1er choix]: 'Maison Rose' is not the name of a host "
            + "or session; the nearest are 'Maison médicale Le Noyer' or 'Huis Zonder Postcode'"])
    }

    @Test func aRepeatedRegistrationWithAnErrorDoesNotStopTheImport() throws {
        let original = try Data(contentsOf: FormFixtures.url("forms-bilingual").appendingPathComponent("inscriptions-fr.csv"))
        let text = try #require(String(data: original, encoding: .windowsCP1252))
        let broken = try #require(text.replacingOccurrences(of: "Anke;Claes;Français, Nederlands", with: "Anke;Claes;Klingon")
            .data(using: .windowsCP1252))
        let url = try source(["inscriptions-fr.csv": broken])
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errors.isEmpty)
        #expect(outcome.lines.contains { $0.hasPrefix("inscriptions-fr.csv:2:5: warning: Langues: 'Klingon' is not a list "
            + "of languages") && $0.hasSuffix("(a later registration of the same person replaces this row, so this does "
            + "not stop the import)") })
    }

    @Test func validateWarnsAboutAnOrganizationThatResemblesAHostsInTheCanonicalFolder() throws {
        let folder = try FormFixtures.write(FormFixtures.importing("forms-bilingual"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("visitors.csv")
        let visitors = try String(contentsOf: path, encoding: .utf8)
        try Data(visitors.replacingOccurrences(of: "sophie.martin@example.org,,,Service de santé mentale La Passerelle,",
                                               with: "sophie.martin@example.org,,,SSM La Passerelle,").utf8).write(to: path)
        let reading = InputFolder.read(at: folder)
        #expect(reading.errors.isEmpty)
        #expect(reading.diagnostics.map(\.description).contains("visitors.csv:5: warning: organization 'SSM La Passerelle' "
            + "looks like 'Service de santé mentale La Passerelle', the organization of host H001 (hosts.csv:2); if it "
            + "is the same, write it as the host does, so that this visitor is never sent there"))
    }

    @Test(arguments: [("SSM La Passerelle", "Service de santé mentale La Passerelle", true),
                      ("MM Le Noyer", "Maison médicale Le Noyer", true),
                      ("OCMW Elsene", "CPAS d'Ixelles", true),
                      ("Passerelle (La), service de santé mentale", "Service de santé mentale La Passerelle", true),
                      ("OCMW Schaarbeek", "CPAS d'Ixelles", false),
                      ("CPAS", "CPAS d'Ixelles", false),
                      ("Maison médicale Les Tilleuls", "Maison médicale Le Noyer", false)])
    func organizationsResembleOnlyWhenTheyNameOneService(_ written: String, _ host: String, _ expected: Bool) {
        #expect(OrganizationResemblance.resembles(written, host) == expected)
    }
}
