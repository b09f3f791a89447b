import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing many files quickly and safely: each file is written without a sync of its own, and the
/// staging folder is made durable once, before it takes the plan folder's place, so an interrupted
/// run still never leaves a half-written plan.
public enum DurableWrite {
    /// A write that failed, with the system's reason.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `data` to the file at `url`, created or emptied first (never through a symbolic link); no sync.
    public static func write(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create", url) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", url)
                }
                offset += n
            }
        }
    }

    /// Makes every file written under `folder` durable: one `syncfs` of its file system on Linux,
    /// an `fsync` per file elsewhere.
    public static func makeDurable(_ folder: URL) throws {
        #if os(Linux)
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("cannot open", folder) }
        defer { close(fd) }
        guard linuxSyncfs(fd) == 0 else { throw failure("cannot save to disk", folder) }
        #else
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let item = walker?.nextObject() as? URL {
            let fd = open(item.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw failure("cannot save to disk", item) }
        }
        #endif
    }

    /// Swaps the folders at `a` and `b` in one step (Linux's `renameat2` with `RENAME_EXCHANGE`), so that
    /// no moment exists where neither is in place; false where the system or its file system cannot,
    /// and the caller then moves them one after the other.
    static func exchange(_ a: URL, _ b: URL) throws -> Bool {
        #if os(Linux)
        let atCurrentDirectory: Int32 = -100, renameExchange: UInt32 = 2
        if linuxRenameat2(atCurrentDirectory, a.path, atCurrentDirectory, b.path, renameExchange) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw failure("cannot put in place", b)
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// glibc's `renameat2(2)`, left out of the Glibc module like `syncfs`.
    @_silgen_name("renameat2")
    private static func linuxRenameat2(_ fromDirectory: Int32, _ from: UnsafePointer<CChar>, _ toDirectory: Int32,
                                       _ to: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

    /// glibc's `syncfs(2)`, which the Glibc module leaves out (it is a GNU extension).
    @_silgen_name("syncfs")
    private static func linuxSyncfs(_ fd: Int32) -> Int32
    #endif

    private static func failure(_ what: String, _ url: URL) -> Failure {
        Failure(description: "\(what) \(url.path): \(String(cString: strerror(errno)))")
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }
}
