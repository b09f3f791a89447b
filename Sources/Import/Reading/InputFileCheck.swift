import Foundation

/// Why an input file cannot be read, said in words a team can act on: a folder where a file is
/// expected, a file without read permission, a file far too large, an empty file, or a file saved
/// as UTF-16 (instead of a generic "cannot be read", or hundreds of errors about missing columns).
enum InputFileCheck {
    /// The problem with the file at `url` before reading it; nil when it can be read.
    static func problem(at url: URL) -> String? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return "the file does not exist" }
        if isDirectory.boolValue { return "this is a folder, not a file; put the file itself here" }
        if !fm.isReadableFile(atPath: url.path) {
            return "po-plan has no permission to read this file; check its permissions (chmod) or its owner"
        }
        if let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize, size > TextLimits.fileBytes {
            return "the file has \(size / (1024 * 1024)) MB, far more than any week's registrations (at most "
                + "\(TextLimits.fileBytes / (1024 * 1024)) MB are read); check that it is the right file"
        }
        return nil
    }

    /// The problem with the bytes of a text file; nil when they may be text in UTF-8 or Windows-1252.
    static func problem(in data: Data) -> String? {
        if data.isEmpty { return "the file is empty (0 bytes); export it again" }
        let head = [UInt8](data.prefix(2))
        if head == [0xFF, 0xFE] || head == [0xFE, 0xFF] || looksLikeUTF16(data) {
            return "the file is saved as UTF-16 (Excel's 'Unicode text'); save it as 'CSV UTF-8' and try again"
        }
        return nil
    }

    /// Whether many of the first bytes are NUL at every other place, as in UTF-16 text without a mark.
    private static func looksLikeUTF16(_ data: Data) -> Bool {
        let bytes = [UInt8](data.prefix(512))
        guard bytes.count >= 8 else { return false }
        let evenZeros = stride(from: 0, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        let oddZeros = stride(from: 1, to: bytes.count, by: 2).filter { bytes[$0] == 0 }.count
        return max(evenZeros, oddZeros) * 4 >= bytes.count
    }

    /// Reads the file at `url`, or says why it cannot be read.
    static func read(_ url: URL) -> Result<Data, Failure> {
        if let problem = problem(at: url) { return .failure(Failure(message: problem)) }
        do {
            let data = try Data(contentsOf: url)
            // An empty event.yaml gets its own message, which says what it needs.
            if !(data.isEmpty && url.pathExtension.lowercased().hasPrefix("y")), let problem = problem(in: data) {
                return .failure(Failure(message: problem))
            }
            return .success(data)
        } catch {
            return .failure(Failure(message: "the file cannot be read (\(error.localizedDescription))"))
        }
    }

    /// Why a file cannot be read.
    struct Failure: Error {
        let message: String
    }
}
