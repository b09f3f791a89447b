import Foundation
import Testing
@testable import Import

/// The canonical folder is a source too: importing it gives the same data, and importing the output
/// again gives the same folder.
@Suite("re-import")
struct ReimportTests {
    /// The files that must not change on a second import (the report names its source, so it may).
    static let dataFiles = ["event.yaml", "hosts.csv", "sessions.csv", "visitors.csv"]

    /// Imports `source`, then its output, and expects the same data files.
    func expectStable(_ source: URL) throws {
        let first = Importer.importSource(at: source)
        #expect(first.reading.errors.isEmpty, "\(first.reading.errors)")
        let folder = try FormFixtures.write(first)
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = Importer.importSource(at: folder)
        for path in Self.dataFiles { #expect(first.file(path) == second.file(path), "\(path)") }
        let direct = InputFolder.read(at: source)
        let imported = InputFolder.read(at: folder)
        #expect(imported.input?.hosts == direct.input?.hosts)
        #expect(imported.input?.sessions == direct.input?.sessions)
        #expect(imported.input?.visitors == direct.input?.visitors)
        #expect(imported.input?.event == direct.input?.event)
    }

    @Test func grandBainImportsToTheSameData() throws {
        try expectStable(FormFixtures.repository.appendingPathComponent("examples/grand-bain"))
    }

    @Test(.enabled(if: exampleTinyExists, "the shared spec folder ../shared/spec/example-tiny is absent"))
    func exampleTinyImportsToTheSameData() throws {
        try expectStable(exampleTiny)
    }

    @Test(arguments: FormFixtures.all)
    func importingTheOutputOfAFormExportGivesTheSameFolder(_ fixture: String) throws {
        let first = FormFixtures.importing(fixture)
        let folder = try FormFixtures.write(first)
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = Importer.importSource(at: folder)
        #expect(second.reading.errors.isEmpty, "\(second.reading.errors)")
        for path in Self.dataFiles { #expect(first.file(path) == second.file(path), "\(fixture) \(path)") }
    }

    @Test func theCanonicalFolderIsReadAsTheContractSays() {
        #expect(Importer.isCanonicalFolder(FormFixtures.repository.appendingPathComponent("examples/grand-bain")))
        #expect(!Importer.isCanonicalFolder(FormFixtures.url("forms-utf8")))
    }
}
