import Foundation
import Import
import PlanFolders
import Publish

/// The team's working folder (WEEK_DIR) as the workspace reads and changes it: its input files,
/// the plans under `plans/`, which plan was sent, and the log of changes. Every change goes
/// through this actor, one at a time, and is written atomically; a change made from a page shown
/// before the file last changed is refused (see `Stale`).
public actor WeekFolder {
    /// The folder.
    public nonisolated let url: URL
    /// Where plans are kept, each in its own dated folder.
    public nonisolated var plansURL: URL { url.appendingPathComponent("plans") }
    /// The append-only log of what the workspace changed: when, which page, what (ids only).
    public nonisolated var logURL: URL { url.appendingPathComponent("changes.log") }
    /// The file naming the plan that was sent (its id), in `plans/`.
    nonisolated var sentURL: URL { plansURL.appendingPathComponent("sent.txt") }

    /// A change refused because the file changed since the page was shown.
    public struct Stale: Error {
        public let file: String
    }

    /// The last reading, with the fingerprint of the files it was made from.
    private var cached: (fingerprint: [String], reading: InputReading)?

    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    // MARK: Reading

    /// The week's input as `validate` reads it: the canonical folder or the exports.
    /// Read again only when a file of the folder changed (name, size, time or inode).
    public func reading() -> InputReading {
        let now = fingerprint()
        if let cached, cached.fingerprint == now { return cached.reading }
        let reading = Importer.read(at: url)
        cached = (now, reading)
        return reading
    }

    /// Each file at the top of the folder (not `plans/`, not the log) as name, size, modification time and inode.
    private nonisolated func fingerprint() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0 != "plans" && $0 != "changes.log" && !$0.hasPrefix(".") }.sorted().map { name in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)) ?? [:]
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name)|\(attributes[.size] ?? 0)|\(time)|\(attributes[.systemFileNumber] ?? 0)"
        }
    }

    /// The week's input read once for planning: the reading, and for form exports the import's outcome (rows per table).
    public func source() -> LoadedSource {
        Importer.load(at: url)
    }

    /// Writes the canonical files made from the exports (the import's files) into the folder, each
    /// atomically; returns their names.
    public func writeImported(_ outcome: ImportOutcome, page: String) throws -> [String] {
        var names: [String] = []
        cached = nil
        for file in outcome.files where !file.path.contains("/") {
            try AtomicFile.replace(url.appendingPathComponent(file.path), with: Data(file.contents.utf8))
            names.append(file.path)
        }
        try log(page: page, file: names.joined(separator: " "), what: "canonical files written from the exports")
        return names
    }

    /// Whether the folder holds the canonical files, which the team's decisions are written to.
    public nonisolated var isCanonical: Bool { Importer.isCanonicalFolder(url) }

    /// The input files of the week (top level; CSV, workbooks, YAML), by name, with their size.
    public nonisolated func inputFiles() -> [(name: String, size: Int)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { UploadName.isInputFile($0) }.map { name in
            let size = (try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            return (name, size ?? 0)
        }
    }

    /// A digest of the file's bytes as they are now ("" for a file that does not exist): the version
    /// a page shows in its forms.
    public nonisolated func version(of file: String) -> String {
        guard let data = try? Data(contentsOf: url.appendingPathComponent(file)) else { return "none" }
        return Digest.hex(data)
    }

    // MARK: Changing

    /// Stores an uploaded file under its (checked) name, replacing one of that name.
    public func store(_ data: Data, as name: UploadName, page: String) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        cached = nil
        try AtomicFile.replace(url.appendingPathComponent(name.value), with: data)
        try log(page: page, file: name.value, what: "upload (\(data.count) bytes)")
    }

    /// Changes canonical file `file` with `change`, if its version is still `expected`; logs `what`.
    public func edit(_ file: String, expected: String, page: String, what: String,
                     columns: [String] = [], _ change: @escaping @Sendable (inout CanonicalTableEdit) throws -> Void) throws {
        try edit([.table(file, log: what, columns: columns, change)], expected: [file: expected], page: page)
    }

    /// Changes several canonical files at once, if each one's version is still the one in `expected`:
    /// every version is checked and every new file made before any is written (a stale file or a
    /// refused change writes nothing), then each file is replaced atomically and logged on a line
    /// of its own. A file the change leaves as it was is neither written nor logged. Returns the
    /// names of the files written.
    @discardableResult
    public func edit(_ changes: [FileChange], expected: [String: String], page: String) throws -> [String] {
        for change in changes where version(of: change.file) != expected[change.file] {
            throw Stale(file: change.file)
        }
        var written: [(change: FileChange, url: URL, data: Data)] = []
        for change in changes {
            let target = url.appendingPathComponent(change.file)
            let old = try? Data(contentsOf: target)
            if let data = try change.applied(to: old) { written.append((change, target, data)) }
        }
        cached = nil
        try AtomicFile.replace(written.map { ($0.url, $0.data) })
        for file in written { try log(page: page, file: file.change.file, what: file.change.log) }
        return written.map(\.change.file)
    }

    /// Marks plan `id` as the one sent to people.
    public func markSent(_ id: String, page: String) throws {
        try FileManager.default.createDirectory(at: plansURL, withIntermediateDirectories: true)
        try AtomicFile.replace(sentURL, with: Data((id + "\n").utf8))
        try log(page: page, file: "plans/sent.txt", what: "plan \(id) marked as sent")
    }

    /// Logs a plan made into `plans/<id>`.
    public func logPlan(_ id: String, previous: String?, page: String) throws {
        try log(page: page, file: "plans/\(id)", what: previous.map { "re-planned from \($0)" } ?? "planned")
    }

    /// One line of the log: time (UTC), page, file, what. Ids and file names only, never a name.
    private func log(page: String, file: String, what: String) throws {
        let time = ISO8601DateFormatter().string(from: Date())
        let clean = { (text: String) in text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        try AtomicFile.append([time, clean(page), clean(file), clean(what)].joined(separator: "\t"), to: logURL)
    }
}
