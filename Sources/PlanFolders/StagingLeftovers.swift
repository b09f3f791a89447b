import Foundation

/// The staging folders of an output folder OUT: `.OUT.writing-PID` (a plan being written) and
/// `.OUT.previous-PID` (the old plan, moved aside for a moment), both full of personal data.
/// A run that is killed leaves them; the next run removes those whose process is gone, and puts a
/// previous plan back when OUT itself is missing (the run died between its two moves).
public struct StagingLeftovers {
    /// The output folder (already resolved when given as a symbolic link).
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// The staging folder of process `pid`.
    public func staging(for pid: Int32) -> URL { sibling("writing", pid) }

    /// Where process `pid` moves the old plan while the new one takes its place.
    public func previous(for pid: Int32) -> URL { sibling("previous", pid) }

    private func sibling(_ kind: String, _ pid: Int32) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).\(kind)-\(pid)")
    }

    /// The leftovers beside the folder: kind (`writing` or `previous`), process id and place.
    public var found: [(kind: String, pid: Int32, url: URL)] {
        let parent = folder.deletingLastPathComponent()
        let prefix = ".\(folder.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.count)
            for kind in ["writing", "previous"] where rest.hasPrefix(kind + "-") {
                let digits = rest.dropFirst(kind.count + 1)
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                      let pid = Int32(digits) else { return nil }
                return (kind, pid, parent.appendingPathComponent(name))
            }
            return nil
        }
    }

    /// Removes the leftovers of processes that are gone; returns how many were removed or put back.
    @discardableResult
    public func clean() -> Int {
        let fm = FileManager.default
        var handled = 0
        for leftover in found where !Self.isRunning(leftover.pid) {
            if leftover.kind == "previous", !fm.fileExists(atPath: folder.path),
               (try? fm.moveItem(at: leftover.url, to: folder)) != nil {
                handled += 1
                continue
            }
            if (try? FolderRemoval.remove(leftover.url)) != nil { handled += 1 }
        }
        return handled
    }

    /// Whether a process with this id exists (this one counts as running).
    public static func isRunning(_ pid: Int32) -> Bool {
        if pid == getpid() { return true }
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
