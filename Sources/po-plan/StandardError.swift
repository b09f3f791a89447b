import Foundation

/// Writes to standard error, where progress and problems go (standard output stays clean).
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}

/// Prints progress lines unless the user asked for quiet.
struct ProgressLog {
    let quiet: Bool

    func say(_ line: String) {
        guard !quiet else { return }
        var err = StandardError()
        print(line, to: &err)
    }
}

/// Prints a line on standard error whatever the quiet setting: for problems.
func complain(_ line: String) {
    var err = StandardError()
    print(line, to: &err)
}
