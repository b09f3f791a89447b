import Foundation
import Publish

/// Writes a set of files into a folder all at once: they are written into a staging folder
/// beside it, which then takes the folder's place, so an interrupted run never leaves a
/// half-written plan behind.
///
/// When the folder is given as a symbolic link, the files go where the link points and the link
/// stays. Staging folders are named `.OUT.writing-PID` and `.OUT.previous-PID` (PID: the process
/// that made them); each run first removes those whose process is gone, putting back a previous
/// plan that a killed run had moved aside (see `StagingLeftovers`). The plan a run replaces is kept
/// emptied as `.OUT.spare`, whose files the next run writes into (see `SpareFolder`).
public struct OutputFolder {
    /// The folder as the user named it.
    public let url: URL
    /// The file that marks a folder po-plan wrote (plan.json, or import-report.md for an imported folder).
    public var marker = "plan.json"

    /// A problem that keeps the output from being written.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    public init(url: URL, marker: String = "plan.json") {
        self.url = url
        self.marker = marker
    }

    /// Where the files go: the folder, or where it points when it is a symbolic link.
    public var target: URL {
        let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey])
        guard values?.isSymbolicLink == true,
              let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { return url }
        let resolved = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
            : url.deletingLastPathComponent().appendingPathComponent(destination)
        return resolved.standardizedFileURL
    }

    /// Throws when the folder cannot be written: it is a file, or a folder that holds files po-plan
    /// did not write. Done before any long work, so a run is refused before it solves.
    public func checkWritable() throws {
        let fm = FileManager.default
        let folder = target
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw Failure(description: "\(url.path) exists and is not a folder") }
        let content: [String]
        do { content = try fm.contentsOfDirectory(atPath: folder.path) } catch {
            throw Failure(description: "\(url.path) cannot be read (\(error.localizedDescription)); check its permissions")
        }
        guard content.isEmpty || content.contains(marker) else {
            throw Failure(description: "\(url.path) already holds files that po-plan did not write; choose a new or empty folder")
        }
    }

    /// Replaces the folder's content with `files` (relative path and bytes); returns the number of
    /// files now in the folder, counted on disk.
    @discardableResult
    public func replace(with files: [PublishedFile]) throws -> Int {
        let fm = FileManager.default
        let folder = target
        let parent = folder.deletingLastPathComponent()
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(error.localizedDescription)")
        }
        StagingLeftovers(folder: folder).clean()
        try checkWritable()
        // Two files under one name (even on a disk that ignores case) would lose one of them.
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path.lowercased()).inserted {
            throw Failure(description: "two files would both be written as \(file.path); nothing was written. "
                + "Please report this as a bug of po-plan")
        }
        let exists = fm.fileExists(atPath: folder.path)
        let leftovers = StagingLeftovers(folder: folder)
        let staging = leftovers.staging(for: getpid()), previous = leftovers.previous(for: getpid())
        let spare = SpareFolder(of: folder)
        try? FolderRemoval.remove(staging)
        do {
            let claimed = spare.claim(as: staging)
            do {
                try write(files, into: staging, reusing: claimed)
            } catch where claimed != nil {
                // Written afresh once more: a spare whose shape stood in the way (a file where a folder
                // goes) is not worth a failed run.
                try? FolderRemoval.remove(staging)
                try write(files, into: staging, reusing: nil)
            }
            // Durable as a whole before it replaces anything (no sync per file).
            try DurableWrite.makeDurable(staging)
            let written = Self.fileCount(in: staging)
            if exists, try DurableWrite.exchange(staging, folder) {
                // The old plan is now where the new one was written: a kill from here on leaves OUT complete
                // and a staging folder that the next run removes.
                spare.keep(staging)
                return written
            }
            if exists { try fm.moveItem(at: folder, to: previous) }
            try fm.moveItem(at: staging, to: folder)
            if exists { spare.keep(previous) }
            return written
        } catch {
            try? FolderRemoval.remove(staging)
            if exists && !fm.fileExists(atPath: folder.path) { try? fm.moveItem(at: previous, to: folder) }
            let reason = (error as? DurableWrite.Failure)?.description ?? error.localizedDescription
            throw Failure(description: "cannot write \(url.path): \(reason)")
        }
    }

    /// Writes `files` into `staging`: into the files of a claimed spare where it has them, else into
    /// new files in a new folder.
    private func write(_ files: [PublishedFile], into staging: URL, reusing spare: SpareFolder.Claimed?) throws {
        let fm = FileManager.default
        var spare = spare
        if spare == nil { try fm.createDirectory(at: staging, withIntermediateDirectories: true) }
        var created: Set<String> = [staging.path]
        for file in files {
            // Said to be a file: the URL then needs no look at the disk to know whether it is a folder.
            let destination = staging.appendingPathComponent(file.path, isDirectory: false)
            let subfolder = destination.deletingLastPathComponent()
            if created.insert(subfolder.path).inserted {
                try fm.createDirectory(at: subfolder, withIntermediateDirectories: true)
            }
            spare?.place(destination.path)
            // One after the other: files created at once in one folder wait for its lock, spinning.
            try DurableWrite.write(file.data, to: destination)
        }
        spare?.removeUnused(keeping: created)
    }

    /// The number of regular files under `folder`, at any depth.
    public static func fileCount(in folder: URL) -> Int {
        FolderTree(folder).files.count
    }
}
