import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces one file at once: the new bytes go to a hidden file beside it, made durable, which then
/// takes the file's name, so a reader (Excel, the command line, another tab) sees the old file or
/// the new one, never half of one.
public enum AtomicFile {
    /// Writes `data` as the file at `url`.
    public static func replace(_ url: URL, with data: Data) throws {
        try replace([(url, data)])
    }

    /// Writes several files: every file's new bytes are first made durable beside it, and only then
    /// does each take its file's name, so a failure while writing changes none of them.
    public static func replace(_ files: [(url: URL, data: Data)]) throws {
        var staged: [(staging: URL, url: URL)] = []
        do {
            for (url, data) in files {
                let staging = url.deletingLastPathComponent()
                    .appendingPathComponent(".\(url.lastPathComponent).writing-\(getpid())-\(UUID().uuidString)")
                staged.append((staging, url))
                try DurableWrite.write(data, to: staging)
                let fd = open(staging.path, O_RDONLY | O_CLOEXEC)
                if fd >= 0 {
                    defer { close(fd) }
                    guard fsync(fd) == 0 else { throw DurableWrite.Failure(description: "cannot save \(url.path) to disk") }
                }
            }
            for file in staged {
                guard rename(file.staging.path, file.url.path) == 0 else {
                    throw DurableWrite.Failure(description: "cannot replace \(file.url.path): \(String(cString: strerror(errno)))")
                }
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(at: file.staging) }
            throw error
        }
    }

    /// Adds `line` and a line break at the end of the file at `url` (created when missing), in one write.
    public static func append(_ line: String, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DurableWrite.Failure(description: "cannot open \(url.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let bytes = Array((line + "\n").utf8)
        let written = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
            Glibc.write(fd, buffer.baseAddress, buffer.count)
            #else
            Darwin.write(fd, buffer.baseAddress, buffer.count)
            #endif
        }
        guard written == bytes.count else { throw DurableWrite.Failure(description: "cannot write \(url.path)") }
        fsync(fd)
    }
}
