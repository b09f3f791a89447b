import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of the plan a run replaced, emptied and kept beside the output folder OUT as
/// `.OUT.spare`, so that the next run writes its files into them instead of creating thousands.
///
/// Why: ext4 without a journal (this project's machines) does not give a new file an inode freed in
/// the last minutes while it can find another, and looks at each such inode in turn for every file
/// it creates. A bassin's 2,621 files written within minutes of removing the previous plan's 2,621
/// took 1.5–2.4 s instead of 0.5 s, most of it in the kernel's `recently_deleted`. A file written
/// into a spare takes no new inode.
///
/// A spare holds no personal data: every file in it is empty (one with another hard link is removed
/// instead, so that a copy made with links keeps its content), anything else but a folder is removed,
/// and the file names are the plan's own (ids and the site's tokens, as in OUT).
struct SpareFolder {
    /// `.OUT.spare`, beside the output folder.
    let url: URL

    /// The spare of the output folder `folder` (already resolved when given as a symbolic link).
    init(of folder: URL) {
        url = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).spare")
    }

    /// Empties the replaced plan at `old` and keeps it as the spare; removes it instead when a spare
    /// is there already or when any of its files cannot be emptied.
    func keep(_ old: URL) {
        let tree = FolderTree(old)
        let files = tree.files, others = tree.others
        let emptied = (try? OverlappedCalls.forEach(files.count) { i in
            guard Self.empty(files[i]) else { throw Unemptied() }
        }) != nil
        for path in others { _ = unlink(path) }
        if emptied && rename(old.path, url.path) == 0 { return }
        try? FolderRemoval.remove(old)
    }

    /// Moves the spare to `staging`, which must not exist, and returns what it holds; nil when there
    /// is no spare (or another run took it first).
    func claim(as staging: URL) -> Claimed? {
        var status = stat()
        guard lstat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
              rename(url.path, staging.path) == 0 else { return nil }
        let tree = FolderTree(staging)
        for path in tree.others { _ = unlink(path) }
        return Claimed(unused: Set(tree.files), folders: tree.folders)
    }

    /// Empties the regular file at `path` when it has no other link, else removes it; false when
    /// neither could be done.
    private static func empty(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            var status = stat()
            if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_nlink == 1 {
                return ftruncate(fd, 0) == 0
            }
        }
        return unlink(path) == 0 || errno == ENOENT
    }

    private struct Unemptied: Error {}
}

extension SpareFolder {
    /// A spare taken as a staging folder: its files not yet written again, and its folders.
    struct Claimed {
        /// Paths of the spare's files that no file of the new plan has taken yet.
        private(set) var unused: Set<String>
        /// The spare's folders, each before what it holds.
        let folders: [String]

        /// Makes `path` an existing empty file when the spare can give one: the file already there, else
        /// an unused one moved to it. The caller writes to `path` either way.
        mutating func place(_ path: String) {
            if unused.remove(path) != nil { return }
            guard let other = unused.popFirst() else { return }
            if rename(other, path) != 0 { _ = unlink(other) }
        }

        /// Removes the files the new plan did not take, then the folders left empty that it did not
        /// use (`kept`).
        func removeUnused(keeping kept: Set<String>) {
            let files = Array(unused)
            try? OverlappedCalls.forEach(files.count) { _ = unlink(files[$0]) }
            for path in folders.reversed() where !kept.contains(path) { _ = rmdir(path) }
        }
    }
}
