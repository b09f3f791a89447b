import ArgumentParser
import Foundation
import Import
import Matching

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
        var reading = Importer.read(at: URL(fileURLWithPath: input), mapping: mapping.map(URL.init(fileURLWithPath:)))
        if let data = reading.input {
            let groups = GroupCheck.warnings(data).map { Diagnostic.warning($0, file: "visitors.csv") }
            if !groups.isEmpty { reading = InputReading(input: data, diagnostics: reading.diagnostics + groups) }
        }
        if let data = reading.input, !data.pins.isEmpty {
            // Pins that cannot hold together by a simple rule are found here, not only when planning.
            let problems = PinCheck(data).problems().map {
                Diagnostic.error($0, file: "pins.csv", line: PinCheck.firstLine(of: $0))
            }
            if !problems.isEmpty { reading = InputReading(input: nil, diagnostics: reading.diagnostics + problems) }
        }
        // Warnings and errors on one stream, in order, one whole line each.
        if json {
            Console.write(Diagnostic.json(reading.diagnostics), to: .output)
        } else {
            for line in Diagnostic.cappedLines(reading.diagnostics) { Console.line(line, to: .output) }
        }
        if reading.hasErrors {
            let errors = reading.diagnostics.filter { $0.severity == .error }.count
            complain("\(errors) error(s): fix them before planning.")
            throw ExitCode(1)
        }
        if let data = reading.input, !json {
            Console.line("OK: \(data.hosts.count) hosts, \(data.sessions.count) sessions, \(data.visitors.count) visitors.",
                         to: .output)
        }
    }
}
