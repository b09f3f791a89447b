import Foundation
@testable import Import

/// An input folder written from strings into a temporary directory, for tests of bad input.
struct TestFolder {
    let url: URL

    /// A small valid folder (synthetic data): 2 hosts, 2 sessions, 2 visitors.
    static let valid: [String: String] = [
        "event.yaml": "name: Test event\n",
        "hosts.csv": """
            host_id,name,languages
            H1,Maison A,fr
            H2,Huis B,nl;fr

            """,
        "sessions.csv": """
            session_id,host_id,date,start,end,capacity
            S1,H1,2025-11-05,10:00,12:00,4
            S2,H2,2025-11-05,14:00,16:00,3

            """,
        "visitors.csv": """
            visitor_id,first_name,last_name,email,languages,choices
            V1,Ann,Example,ann@example.org,fr,H1;S2
            V2,Bob,Example,bob@example.org,nl,S2

            """,
    ]

    /// Writes `files` (name → content; a nil content leaves the file out) to a new temporary folder.
    init(_ files: [String: String?]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("po-plan-import-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, content) in files {
            guard let content else { continue }
            try Data(content.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    /// The valid folder with some files replaced (or left out with nil).
    static func valid(replacing changes: [String: String?]) throws -> TestFolder {
        var files: [String: String?] = valid.mapValues { $0 }
        for (name, content) in changes { files[name] = content }
        return try TestFolder(files)
    }

    /// Reads the folder and removes it.
    func read() -> InputReading {
        defer { try? FileManager.default.removeItem(at: url) }
        return InputFolder.read(at: url)
    }
}

extension InputReading {
    /// The descriptions of the errors, for readable expectations.
    var errorLines: [String] { errors.map(\.description) }

    /// Whether some diagnostic's description starts with `prefix`.
    func has(_ prefix: String) -> Bool { diagnostics.contains { $0.description.hasPrefix(prefix) } }
}
