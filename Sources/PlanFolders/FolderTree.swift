import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a folder holds at any depth, read with `readdir` alone: Foundation's enumerator asks the
/// system for every file's attributes, owner's name included (on Linux two reads of `/etc/passwd`
/// and `/etc/group` per file, 5,268 opens for a bassin's plan).
struct FolderTree {
    /// Regular files, by path.
    var files: [String] = []
    /// Anything else that is not a folder (a symbolic link, even to a folder, is never followed).
    var others: [String] = []
    /// The folder itself first, then every folder under it, each before what it holds.
    var folders: [String] = []

    /// The tree under `folder`; empty when it is not a folder. A subfolder that cannot be read is
    /// listed as a folder, without its content.
    init(_ folder: URL) {
        guard Self.kind(folder.path, hint: nil) == .folder else { return }
        var pending = [folder.path]
        while let path = pending.popLast() {
            folders.append(path)
            guard let stream = opendir(path) else { continue }
            defer { closedir(stream) }
            var subfolders: [String] = []
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard name != "." && name != ".." else { continue }
                let child = path + "/" + name
                switch Self.kind(child, hint: entry.pointee.d_type) {
                case .folder: subfolders.append(child)
                case .file: files.append(child)
                case .other: others.append(child)
                }
            }
            // Popped from the end: reversed so that subfolders are visited in the order read.
            pending += subfolders.reversed()
        }
    }

    private enum Kind { case folder, file, other }

    /// The kind of entry at `path`, from `readdir`'s type when it gives one, else from `lstat`.
    private static func kind(_ path: String, hint: UInt8?) -> Kind {
        switch hint.map(Int32.init) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case .some(let type) where type != Int32(DT_UNKNOWN): return .other
        default:
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .folder
            case S_IFREG: return .file
            default: return .other
            }
        }
    }
}
