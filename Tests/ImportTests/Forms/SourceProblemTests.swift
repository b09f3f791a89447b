import Foundation
import Testing
@testable import Import

/// Problems of a source as a whole: rows shifted by a stray delimiter, files that cannot be read, and
/// two files that hold the same table.
@Suite("problems of a source")
struct SourceProblemTests {
    /// A small clean source of exports, like the one of the columns.yaml tests.
    static let files = MappingTests.files

    /// Writes `files`, with some replaced, into a new folder.
    func source(replacing changes: [String: String] = [:]) throws -> URL {
        let url = try FormFixtures.temporaryFolder()
        for (name, text) in Self.files.merging(changes, uniquingKeysWith: { $1 }) {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    @Test func aCSVRowWiderThanItsHeaderIsAnErrorAtTheFirstExtraValue() throws {
        let url = try source(replacing: ["inscriptions.csv": "Prénom;Nom;Courriel;Langues;Premier vœu;Second vœu;Mes notes\n"
            + "Ann;Example;ann@example.org;FR;Maison Alpha;Huis Beta;;\n"
            + "Bob;Example;bob@example.org;NL;Huis Beta;;vient à 2;3 personnes\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Importer.importSource(at: url)
        // Ann's row ends with an empty value beyond the header, which shifts nothing.
        #expect(outcome.reading.errorLines == ["inscriptions.csv:3:8: error: this row has 8 values but the header has "
            + "7 columns; a value that contains ';' is probably not in quotes, which shifts the columns after it"])
        #expect(outcome.leftOut.map(\.location) == ["inscriptions.csv:3"])
    }

    @Test func aWorksheetRowWiderThanItsHeaderIsNoDelimiterProblem() {
        let record = { (line: Int, texts: [String]) in
            CSVTable.Record(line: line, fields: texts.enumerated().map { .init(text: $1, line: line, column: $0 + 1) })
        }
        let table = CSVTable(records: [record(1, ["Nom de la structure", "Langues"]), record(2, ["Maison Alpha", "FR", "x"])],
                             sheet: "Structures")
        let sheet = SourceTable(file: "po.xlsx", sheet: "Structures", table: table)
        var diagnostics: [Diagnostic] = []
        let roles = ColumnRoles(sheet, kind: .hosts, mapping: ColumnMapping(), diagnostics: &diagnostics)
        let reader = RowReader(table.records[1], at: 0, of: sheet, roles: roles, kind: .hosts)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func aMappingFileThatIsNotUTF8IsOneError() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        let mapping = url.appendingPathComponent("mapping.yaml")
        try Data([0x76, 0x69, 0x73, 0x69, 0x74, 0x6F, 0x72, 0x73, 0x3A, 0x0A, 0x20, 0x20, 0x72, 0x6F, 0x6C, 0x65, 0x3A,
                  0x20, 0xE9, 0x0A]).write(to: mapping)  // "visitors:\n  role: é" in Windows-1252
        let errors = Importer.importSource(at: url, mapping: mapping).reading.errorLines
        #expect(errors == ["mapping.yaml:2: error: this line is not valid UTF-8 text; save the file as UTF-8 and try again"])
    }

    @Test func aMissingMappingFileIsOneError() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        let errors = Importer.importSource(at: url, mapping: url.appendingPathComponent("mapping.yaml")).reading.errors
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("mapping.yaml: error: the file does not exist") == true)
    }

    @Test func anEventYamlThatCannotBeReadIsReportedAndNotCalledMissing() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        // A folder named event.yaml: it is there, but cannot be read as a file.
        try FileManager.default.createDirectory(at: url.appendingPathComponent("event.yaml"),
                                                withIntermediateDirectories: false)
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errors.count == 1)
        #expect(outcome.reading.errors.first?.description.hasPrefix("event.yaml: error: this is a folder, not a file") == true)
        #expect(!outcome.lines.contains { $0.contains("has no event.yaml") })
    }

    @Test func anEventYamlThatIsNotUTF8IsOneErrorAndNotCalledMissing() throws {
        let url = try source()
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x46, 0xEA, 0x74, 0x65, 0x0A])  // "name: Fête" in Windows-1252
            .write(to: url.appendingPathComponent("event.yaml"))
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errorLines
            == ["event.yaml:1: error: this line is not valid UTF-8 text; save the file as UTF-8 and try again"])
        #expect(!outcome.lines.contains { $0.contains("has no event.yaml") })
    }

    @Test func twoExportsOfTheHostsAreMergedAndAHostInBothIsAnErrorNamingBothRows() throws {
        let url = try source(replacing: ["structures 2025.csv": Self.files["structures.csv"]!])
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = Importer.importSource(at: url)
        #expect(outcome.reading.errorLines.filter { $0.hasPrefix("structures.csv") } == [
            "structures.csv:2:1: error: 'Maison Alpha' is also the name of host H001 at structures 2025.csv:2; a host "
                + "that answered twice should keep one row, and two hosts need names that tell them apart",
            "structures.csv:3:1: error: 'Huis Beta' is also the name of host H002 at structures 2025.csv:3; a host "
                + "that answered twice should keep one row, and two hosts need names that tell them apart",
        ])
        #expect(outcome.ignored.isEmpty)
        #expect(outcome.counts.filter { $0.kind == "hosts" }.map(\.source) == ["structures 2025.csv", "structures.csv"])
    }
}
