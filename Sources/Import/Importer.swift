import Foundation

/// Reads what bassin teams have: the canonical folder, or form exports (CSV in UTF-8 or Windows-1252, `.xlsx`
/// workbooks) with headers in French, Dutch or English and values as people type them.
public enum Importer {
    /// Imports the source at `url` (a folder of exports or one workbook) into the canonical shape;
    /// `mapping` is a columns.yaml to use instead of the one beside the exports.
    public static func importSource(at url: URL, mapping: URL? = nil) -> ImportOutcome {
        var diagnostics: [Diagnostic] = []
        let files = SourceFiles.read(at: url, mappingURL: mapping, diagnostics: &diagnostics)
        var run = FormImport(sourceName: url.lastPathComponent, diagnostics: diagnostics)
        return run.run(files)
    }

    /// Reads a source for planning or checking: the canonical folder as the contract says, anything else
    /// through the import (in memory).
    public static func read(at url: URL, mapping: URL? = nil) -> InputReading {
        if mapping == nil, isCanonicalFolder(url) { return InputFolder.read(at: url) }
        return importSource(at: url, mapping: mapping).reading
    }

    /// Reads a source once for planning: the reading, the canonical files a plan folder keeps (as read from
    /// a canonical folder, or as the import wrote them), and the import's outcome for form exports.
    public static func load(at url: URL, mapping: URL? = nil) -> LoadedSource {
        if mapping == nil, isCanonicalFolder(url) {
            let (reading, files) = InputFolder.load(at: url)
            return LoadedSource(reading: reading, canonicalFiles: files, imported: nil)
        }
        let imported = importSource(at: url, mapping: mapping)
        var files: [String: Data] = [:]
        for name in InputFolder.fileNames { if let text = imported.file(name) { files[name] = Data(text.utf8) } }
        return LoadedSource(reading: imported.reading, canonicalFiles: files, imported: imported)
    }

    /// Whether `url` is a canonical folder: event.yaml, hosts.csv, sessions.csv and visitors.csv under those
    /// names, at least one CSV file naming its id column in its first line (so that an empty, unreadable or
    /// misplaced hosts.csv is reported as such, not read as form exports).
    public static func isCanonicalFolder(_ url: URL) -> Bool {
        let files = [HostsFile.name: "host_id", SessionsFile.name: "session_id", VisitorsFile.name: "visitor_id"]
        let fm = FileManager.default
        guard fm.fileExists(atPath: url.appendingPathComponent(EventFile.name).path),
              files.keys.allSatisfy({ fm.fileExists(atPath: url.appendingPathComponent($0).path) }) else { return false }
        return files.contains { name, column in
            guard let data = try? Data(contentsOf: url.appendingPathComponent(name)) else { return false }
            let text = String(decoding: data.prefix(4096), as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
            let firstLine = text.split(whereSeparator: \.isNewline).first
            return firstLine.map { $0.lowercased().split(separator: ",").map { $0.trimmingSpaces() }.contains(column) } ?? false
        }
    }

    /// A draft columns.yaml for the source at `url`: the column po-plan found for each field, the fields it
    /// found none for, and the columns it does not use; with the problems found on the way.
    public static func suggestMapping(at url: URL, mapping: URL? = nil) -> (text: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let files = SourceFiles.read(at: url, mappingURL: mapping, diagnostics: &diagnostics)
        return (MappingDraft.yaml(files, source: url.lastPathComponent, diagnostics: &diagnostics),
                diagnostics.sortedByLocation())
    }
}

/// A source read once for planning: what was read, and the canonical files that a plan folder keeps.
public struct LoadedSource: Sendable {
    /// The planning input and every problem found.
    public let reading: InputReading
    /// The canonical files by name (event.yaml, the tables, pins.csv when there is one).
    public let canonicalFiles: [String: Data]
    /// The import's outcome when the source was form exports; nil for a canonical folder.
    public let imported: ImportOutcome?
}
