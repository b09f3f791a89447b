import Foundation
import Testing
@testable import Import
import Scheduling

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
        let importedHosts = imported.input?.hosts ?? []
        #expect(importedHosts == (direct.input?.hosts ?? []).enumerated().map { index, host in
            Self.asImported(host, imported: importedHosts.indices.contains(index) ? importedHosts[index] : nil)
        })
        #expect(imported.input?.sessions == direct.input?.sessions)
        let importedVisitors = imported.input?.visitors ?? []
        #expect(importedVisitors == (direct.input?.visitors ?? []).enumerated().map { index, visitor in
            Self.asImported(visitor, imported: importedVisitors.indices.contains(index) ? importedVisitors[index] : nil)
        })
        #expect(imported.input?.event == direct.input?.event)
    }

    /// A host as the import writes it: its sector by its canonical name, and without coordinates, the
    /// centre of its Brussels postcode.
    static func asImported(_ host: Scheduling.Host, imported: Scheduling.Host?) -> Scheduling.Host {
        var copy = host
        copy.sector = host.sector.map { SectorVocabulary.canonical($0) ?? $0 }
        if host.coordinates == nil, let area = BrusselsPostcodes.area(host.postcode ?? "") {
            copy.coordinates = Coordinates(latitude: (area.latitude * 1000).rounded() / 1000,
                                           longitude: (area.longitude * 1000).rounded() / 1000)
        }
        return copy
    }

    /// A visitor as the import writes them: the sector by its canonical name, and an organization that
    /// resembles a host's one written as the host does.
    static func asImported(_ visitor: Scheduling.Visitor, imported: Scheduling.Visitor?) -> Scheduling.Visitor {
        var copy = visitor
        copy.sector = visitor.sector.map { SectorVocabulary.canonical($0) ?? $0 }
        if let written = visitor.organization, let spelt = imported?.organization, written != spelt,
           OrganizationResemblance.resembles(written, spelt) {
            copy.organization = spelt
        }
        return copy
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
