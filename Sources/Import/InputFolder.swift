import Foundation
import Scheduling

/// The canonical input folder of a plan: event.yaml, hosts.csv, sessions.csv, visitors.csv and the
/// optional pins.csv.
public struct InputFolder {
    /// Every file an input folder may hold: event.yaml, the three tables, and pins.csv.
    public static let fileNames = ContractFile.folderFiles
    /// The three tables every plan has, by file name.
    public static let tableNames = ContractFile.tables.map(\.name)

    /// Reads event.yaml, hosts.csv, sessions.csv, visitors.csv (and pins.csv when present) from `url`;
    /// collects every problem.
    public static func read(at url: URL) -> InputReading { load(at: url).reading }

    /// Reads the folder once: the reading, and the bytes of every file read, by canonical name, for a
    /// plan folder to keep.
    public static func load(at url: URL) -> (reading: InputReading, files: [String: Data]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (InputReading(input: nil, diagnostics: [
                .error("there is no folder at '\(url.path)'; give the folder that holds event.yaml, hosts.csv, "
                    + "sessions.csv and visitors.csv", file: url.lastPathComponent),
            ]), [:])
        }
        var diagnostics: [Diagnostic] = []
        let folder = FolderFiles(url: url)
        var files: [String: Data] = [:]
        func load(_ name: String) -> (data: Data, file: String)? {
            let loaded = folder.load(name, &diagnostics)
            files[name] = loaded?.data
            return loaded
        }
        func table(_ name: String) -> (table: CSVTable, file: String)? {
            load(name).map { FolderFiles.table(of: $0.data, file: $0.file, &diagnostics) }
        }

        var event: Event?
        if let (data, file) = load(EventFile.name), let text = FolderFiles.utf8Text(data, file: file, &diagnostics) {
            event = EventFile.read(text, file: file, diagnostics: &diagnostics)
        }
        let hosts = table(HostsFile.name), sessions = table(SessionsFile.name), visitors = table(VisitorsFile.name)
        let pins = folder.has(PinsFile.name) ? table(PinsFile.name) : nil
        let tables = CheckedTables(event: event, hosts: hosts, sessions: sessions, visitors: visitors, pins: pins,
                                   diagnostics: &diagnostics)
        let input = tables.planningInput(event: event, source: url.lastPathComponent, diagnostics: &diagnostics)
        return (InputReading(input: input, diagnostics: diagnostics), files)
    }
}

/// The names of the canonical files the team's decisions are written to (by the workspace).
extension InputFolder {
    public static let visitorsFile = VisitorsFile.name
    public static let sessionsFile = SessionsFile.name
    public static let pinsFile = PinsFile.name
    public static let hostsFile = HostsFile.name
    public static let eventFile = EventFile.name
}
