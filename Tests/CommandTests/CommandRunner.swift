import Foundation

/// Runs the built `po-plan` binary the way a user does, and captures what it says.
struct CommandRunner {
    /// What one run printed and returned.
    struct Run {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The po-plan executable built beside the test bundle.
    static let executable: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for dir in candidates {
            let url = dir.appendingPathComponent("po-plan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("po-plan was not built next to the tests (looked in \(candidates.map(\.path)))")
    }()

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                   standardError: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed by the caller when done.
func temporaryFolder(_ name: String = "po-plan-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The repository's root, three levels above this file.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The contract's shared tiny example, present beside the repository in the team's workspace only.
let exampleTiny = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/spec/example-tiny")
let exampleTinyIsPresent = FileManager.default.fileExists(atPath: exampleTiny.appendingPathComponent("event.yaml").path)

/// Every regular file under `folder`, by relative path, with its bytes.
func filesUnder(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
    for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
        result[relative] = try? Data(contentsOf: url)
    }
    return result
}

/// Copies a folder of input files into a temporary folder, applying edits to named files.
func editedCopy(of folder: URL, _ edits: [String: (String) -> String]) -> URL {
    let copy = temporaryFolder("po-plan-input")
    for name in ["event.yaml", "hosts.csv", "sessions.csv", "visitors.csv"] {
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        try! Data((edits[name]?(text) ?? text).utf8).write(to: copy.appendingPathComponent(name))
    }
    return copy
}
