import Foundation
import Scheduling

/// The canonical input folder of a plan: event.yaml, hosts.csv, sessions.csv, visitors.csv and the
/// optional pins.csv.
public struct InputFolder {
    /// Every file an input folder may hold: event.yaml, the three tables, and pins.csv.
    public static let fileNames = ContractFile.folderFiles
    /// The three tables every plan has, by file name.
    public static let tableNames = ContractFile.tables.map(\.name)

    /// Reads event.yaml, hosts.csv, sessions.csv, visitors.csv from `url`; collects every problem.
    public static func read(at url: URL) -> InputReading {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return InputReading(input: nil, diagnostics: [
                .error("there is no folder at '\(url.path)'; give the folder that holds event.yaml, hosts.csv, "
                    + "sessions.csv and visitors.csv", file: url.lastPathComponent),
            ])
        }
        var diagnostics: [Diagnostic] = []
        let folder = FolderFiles(url: url)

        var event: Event?
        if let (data, file) = folder.load(EventFile.name, &diagnostics),
           let text = FolderFiles.utf8Text(data, file: file, &diagnostics) {
            event = EventFile.read(text, file: file, diagnostics: &diagnostics)
        }
        let tables = CheckedTables(event: event, hosts: folder.table(HostsFile.name, &diagnostics),
                                   sessions: folder.table(SessionsFile.name, &diagnostics),
                                   visitors: folder.table(VisitorsFile.name, &diagnostics),
                                   pins: folder.has(PinsFile.name) ? folder.table(PinsFile.name, &diagnostics) : nil,
                                   diagnostics: &diagnostics)
        let input = tables.planningInput(event: event, source: url.lastPathComponent, diagnostics: &diagnostics)
        return InputReading(input: input, diagnostics: diagnostics)
    }
}
