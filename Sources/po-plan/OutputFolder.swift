import Foundation
import Publish

/// Writes a set of files into a folder all at once: they are written into a staging folder
/// beside it, which then takes the folder's place, so an interrupted run never leaves a
/// half-written plan behind.
struct OutputFolder {
    let url: URL
    /// The file that marks a folder po-plan wrote (plan.json, or import-report.md for an imported folder).
    var marker = "plan.json"

    /// A problem that keeps the output from being written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Replaces the folder's content with `files` (relative path and bytes).
    func replace(with files: [PublishedFile]) throws {
        let fm = FileManager.default
        let parent = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw Failure(description: "\(url.path) exists and is not a folder") }
            let content = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
            guard content.isEmpty || content.contains(marker) else {
                throw Failure(description: "\(url.path) already holds files that po-plan did not write; choose a new or empty folder")
            }
        }
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(error.localizedDescription)")
        }
        let tag = "\(ProcessInfo.processInfo.processIdentifier)"
        let staging = parent.appendingPathComponent(".\(url.lastPathComponent).writing-\(tag)")
        let previous = parent.appendingPathComponent(".\(url.lastPathComponent).previous-\(tag)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var created: Set<String> = [staging.path]
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent()
                if created.insert(folder.path).inserted {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                try file.data.write(to: target)
            }
            if exists { try fm.moveItem(at: url, to: previous) }
            try fm.moveItem(at: staging, to: url)
            if exists { try? fm.removeItem(at: previous) }
        } catch {
            try? fm.removeItem(at: staging)
            if exists && !fm.fileExists(atPath: url.path) { try? fm.moveItem(at: previous, to: url) }
            throw Failure(description: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
