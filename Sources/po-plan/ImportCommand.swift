import ArgumentParser
import Foundation
import Import
import PlanFolders
import Publish

/// `po-plan import SOURCE --to CANONICAL_DIR`: turns form exports into the canonical folder, with a report
/// of every row not carried over.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn form exports (CSV or .xlsx, in French, Dutch or English) into the canonical input folder.",
        discussion: """
        SOURCE is a folder holding the exports (for example structures.xlsx, plages.csv, inscriptions.csv,
        and event.yaml if you have one) or a single workbook with one sheet per table. The canonical folder
        is written all at once, with import-report.md listing every row that was not carried over and why.
        Open it, check it, correct it, then run po-plan plan on it.
        """
    )

    @Argument(help: "Folder of exports, or one .xlsx workbook with a sheet per table.")
    var source: String

    @Option(name: .long, help: "Folder to write the canonical files into (replaced as a whole).")
    var to: String?

    @Option(name: .long, help: "columns.yaml saying which column holds which field (default: the one beside the exports).")
    var mapping: String?

    @Flag(name: .long, help: "Print a draft columns.yaml from the headers found, and write nothing.")
    var suggestMapping = false

    @Flag(name: .long, help: "Print the problems as a JSON array instead of lines.")
    var json = false

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if to == nil && !suggestMapping {
            throw ValidationError("give the folder to write with --to, or ask for a draft mapping with --suggest-mapping")
        }
    }

    func run() throws {
        let sourceURL = URL(fileURLWithPath: source)
        let mappingURL = mapping.map(URL.init(fileURLWithPath:))
        if suggestMapping {
            let (text, diagnostics) = Importer.suggestMapping(at: sourceURL, mapping: mappingURL)
            for line in Diagnostic.cappedLines(diagnostics.filter { $0.isError || !quiet }) { complain(line) }
            Console.write(text, to: .output)
            return
        }
        let outcome = Importer.importSource(at: sourceURL, mapping: mappingURL)
        let reading = outcome.reading
        if json {
            Console.write(Diagnostic.json(reading.diagnostics), to: .output)
        } else {
            for line in Diagnostic.cappedLines(reading.diagnostics.filter { $0.isError || !quiet }) { complain(line) }
        }
        let log = ProgressLog(quiet: quiet || json)
        for count in outcome.counts {
            log.say("\(count.source) (\(count.kind)): \(count.rowsIn) rows, \(count.rowsOut) carried over"
                + (count.rowsLeftOut > 0 ? ", \(count.rowsLeftOut) not carried over" : "")
                + (count.rowsMerged > 0 ? ", \(count.rowsMerged) replaced by a later registration" : ""))
        }
        guard let to else { return }
        if reading.hasErrors {
            // A folder missing rows would plan without complaint: write nothing until the source is
            // fixed, and show the report (every row not carried over, with why) here instead —
            // unless asked to be quiet: the errors above then say all that is needed.
            if !json && !quiet, let report = outcome.file("import-report.md") { Console.write(report, to: .error) }
            complain("\(reading.errors.count) error(s): \(outcome.leftOut.count) row(s) could not be carried over; "
                + "nothing was written to \(to). Fix the source and import again.")
            throw ExitCode(1)
        }
        do {
            try OutputFolder(url: URL(fileURLWithPath: to), marker: "import-report.md")
                .replace(with: outcome.files.map { PublishedFile(path: $0.path, text: $0.contents) })
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        log.say("Wrote \(to): " + InputFolder.tableNames
            .map { "\($0) \(outcome.written[$0] ?? 0)" }.joined(separator: ", ") + " rows, event.yaml and import-report.md.")
    }
}
