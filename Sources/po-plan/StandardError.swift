import Foundation

/// Writes whole lines to standard output or standard error, each line with one unbuffered write, so that
/// `po-plan … > log 2>&1` gives lines in the order they were said, never two lines (or two halves of one
/// UTF-8 character) mixed.
enum Console {
    /// Where a line goes.
    enum Stream {
        case output
        case error
    }

    /// Writes `text` and a line break in one write: a line that itself holds line breaks (a value quoted
    /// from a cell) keeps them as `\n`, so that one diagnostic stays one line.
    static func line(_ text: String, to stream: Stream) {
        let flat = text.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\n")
        write(flat + "\n", to: stream)
    }

    /// Writes `text` as it is (a block such as a report or JSON), in one write.
    static func write(_ text: String, to stream: Stream) {
        let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}

/// Prints progress lines unless the user asked for quiet.
struct ProgressLog {
    let quiet: Bool

    func say(_ line: String) {
        guard !quiet else { return }
        Console.line(line, to: .error)
    }
}

/// Prints a line on standard error whatever the quiet setting: for problems.
func complain(_ line: String) {
    Console.line(line, to: .error)
}
