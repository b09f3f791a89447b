import Foundation
import Scheduling

/// The canonical input folder of a plan: event.yaml, hosts.csv, sessions.csv and visitors.csv.
public struct InputFolder {
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
        let folder = Folder(url: url)

        var event: Event?
        if let (data, file) = folder.load(EventFile.name, &diagnostics),
           let text = Folder.utf8Text(data, file: file, &diagnostics) {
            event = EventFile.read(text, file: file, diagnostics: &diagnostics)
        }
        let hosts = folder.table(HostsFile.name, &diagnostics).map { table, file in
            HostsFile(table: table, file: file, diagnostics: &diagnostics)
        }
        let sessions = folder.table(SessionsFile.name, &diagnostics).map { table, file in
            SessionsFile(table: table, hosts: hosts, file: file, diagnostics: &diagnostics)
        }
        let visitors = folder.table(VisitorsFile.name, &diagnostics).map { table, file in
            VisitorsFile(table: table, event: event, hosts: hosts, sessions: sessions, file: file,
                         diagnostics: &diagnostics)
        }
        CrossFileChecks.run(hosts: hosts, sessions: sessions, visitors: visitors, diagnostics: &diagnostics)

        guard !diagnostics.containsError, let event, let hosts, let sessions, let visitors else {
            return InputReading(input: nil, diagnostics: diagnostics)
        }
        let input = PlanningInput(event: event, hosts: hosts.entries.compactMap(\.host),
                                  sessions: sessions.entries.compactMap(\.session),
                                  visitors: visitors.entries.compactMap(\.visitor))
        guard input.hosts.count == hosts.entries.count, input.sessions.count == sessions.entries.count,
              input.visitors.count == visitors.entries.count else {
            // Every row without a model has an error; this guards against a gap in the checks.
            diagnostics.append(.error("some rows could not be read for a reason that was not reported; "
                + "please report this as a bug of po-plan", file: url.lastPathComponent))
            return InputReading(input: nil, diagnostics: diagnostics)
        }
        return InputReading(input: input, diagnostics: diagnostics)
    }
}
