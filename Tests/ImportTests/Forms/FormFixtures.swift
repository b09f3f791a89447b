import Foundation
@testable import Import

/// The form-export fixtures written by Fixtures/make_fixtures.py, found next to this file.
enum FormFixtures {
    /// The Fixtures folder of ImportTests.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository's root.
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture folder `name` (forms-cp1252, forms-utf8, forms-xlsx).
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// Imports the fixture `name`.
    static func importing(_ name: String) -> ImportOutcome { Importer.importSource(at: url(name)) }

    /// Every fixture source.
    static let all = ["forms-cp1252", "forms-utf8", "forms-xlsx"]

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("po-plan-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes the files of an outcome into a new temporary folder.
    static func write(_ outcome: ImportOutcome) throws -> URL {
        let url = try temporaryFolder()
        for (path, contents) in outcome.files {
            try Data(contents.utf8).write(to: url.appendingPathComponent(path))
        }
        return url
    }
}

extension ImportOutcome {
    /// The descriptions of every diagnostic.
    var lines: [String] { reading.diagnostics.map(\.description) }

    /// Whether some diagnostic's description is exactly `line`.
    func has(_ line: String) -> Bool { lines.contains(line) }

    /// How many records a canonical file has after its header (quoted line breaks read as CSV does).
    func recordCount(_ path: String) -> Int {
        CSVReader().read(Data((file(path) ?? "").utf8), file: path).table.rows.count
    }

    /// The lines of a canonical file after its header (for files without quoted line breaks).
    func rows(_ path: String) -> [String] {
        Array((file(path) ?? "").split(separator: "\n").dropFirst().map(String.init))
    }
}
