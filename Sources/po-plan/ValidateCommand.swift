import ArgumentParser
import Foundation
import Import

/// `po-plan validate INPUT_DIR`: lists every problem of an input folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an input folder and list every problem, without planning."
    )

    @Argument(help: "Folder with event.yaml, hosts.csv, sessions.csv and visitors.csv.")
    var input: String

    func run() throws {
        let reading = InputFolder.read(at: URL(fileURLWithPath: input))
        for d in reading.diagnostics { print(d) }
        if reading.hasErrors {
            let errors = reading.diagnostics.filter { $0.severity == .error }.count
            complain("\(errors) error(s): fix them before planning.")
            throw ExitCode(1)
        }
        if let data = reading.input {
            print("OK: \(data.hosts.count) hosts, \(data.sessions.count) sessions, \(data.visitors.count) visitors.")
        }
    }
}
