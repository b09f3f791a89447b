import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removing a plan folder of thousands of files quickly: its files are unlinked by many threads
/// at once (see `OverlappedCalls`), then its folders, deepest first.
public enum FolderRemoval {
    /// Removes `folder` and everything under it. A symbolic link is removed, never followed.
    /// Nothing happens when `folder` does not exist; when some of it cannot be removed, what is left
    /// stays where it was and the error says why.
    public static func remove(_ folder: URL) throws {
        var status = stat()
        guard lstat(folder.path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            let tree = FolderTree(folder)
            let entries = tree.files + tree.others
            try? OverlappedCalls.forEach(entries.count) { _ = unlink(entries[$0]) }
            // Each folder is listed before what it holds: reversed, each comes after its content.
            for path in tree.folders.reversed() { _ = rmdir(path) }
        }
        // Whatever is left (a file that came meanwhile, a name the walk could not read) goes the slow way.
        guard lstat(folder.path, &status) == 0 else { return }
        do { try FileManager.default.removeItem(at: folder) } catch {
            throw DurableWrite.Failure(description: "cannot remove \(folder.path): \(error.localizedDescription)")
        }
    }
}
