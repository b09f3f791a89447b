import ArgumentParser
import Foundation
import Import

/// `po-plan validate SOURCE`: lists every problem of an input folder or of form exports.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an input folder or form exports and list every problem, without planning."
    )

    @Argument(help: "Folder with event.yaml, hosts.csv, sessions.csv and visitors.csv, or form exports (see po-plan import).")
    var input: String

    @Option(name: .long, help: "columns.yaml saying which column holds which field (default: the one beside the exports).")
    var mapping: String?

    @Flag(name: .long, help: "Print the problems as a JSON array (severity, file, sheet, line, column, cell, message, found, expected, suggestion).")
    var json = false

    func run() throws {
        let reading = Importer.read(at: URL(fileURLWithPath: input), mapping: mapping.map(URL.init(fileURLWithPath:)))
        if json {
            print(Diagnostic.json(reading.diagnostics), terminator: "")
        } else {
            for line in Diagnostic.cappedLines(reading.diagnostics) { print(line) }
        }
        if reading.hasErrors {
            let errors = reading.diagnostics.filter { $0.severity == .error }.count
            complain("\(errors) error(s): fix them before planning.")
            throw ExitCode(1)
        }
        if let data = reading.input, !json {
            print("OK: \(data.hosts.count) hosts, \(data.sessions.count) sessions, \(data.visitors.count) visitors.")
        }
    }
}
