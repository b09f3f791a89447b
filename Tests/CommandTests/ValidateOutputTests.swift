import Foundation
import Testing

/// `po-plan validate SOURCE > log 2>&1` gives readable lines: every diagnostic a whole line of valid
/// UTF-8, warnings and errors in order; a clean bilingual source passes, a broken one names file and row.
@Suite struct ValidateOutputTests {
    let bilingual = repositoryRoot.appendingPathComponent("Tests/ImportTests/Fixtures/forms-bilingual")

    /// Runs `po-plan validate` on `source` with standard output and error into one file, as a shell does.
    private func validateIntoOneFile(_ source: URL) throws -> (status: Int32, log: Data) {
        let log = temporaryFolder().appendingPathComponent("log")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" validate \"$1\" > \"$2\" 2>&1", CommandRunner.executable.path, source.path,
                             log.path]
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: log))
    }

    /// A copy of the bilingual exports with a second sessions export holding mistakes.
    private func brokenSource() throws -> URL {
        let copy = temporaryFolder("po-plan-bilingual")
        for name in try FileManager.default.contentsOfDirectory(atPath: bilingual.path) {
            try FileManager.default.copyItem(at: bilingual.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        try Data(("Structure;Date;Début;Fin;Places\nOCMW Schaarbeek;45000;9u;11u;3\n"
            + "Maison médicale Le Noyer;12/11/2025;9h;11h;deux\n").utf8)
            .write(to: copy.appendingPathComponent("sessions-extra.csv"))
        return copy
    }

    @Test func aCleanBilingualSourceValidates() throws {
        let (status, log) = try validateIntoOneFile(bilingual)
        let text = try #require(String(validating: [UInt8](log), as: UTF8.self))
        #expect(status == 0, "\(text)")
        #expect(text.hasSuffix("OK: 6 hosts, 6 sessions, 5 visitors.\n"))
    }

    @Test func everyLineIsValidUTF8AndWholeWithBothStreamsInOneFile() throws {
        let (status, log) = try validateIntoOneFile(try brokenSource())
        #expect(status != 0)
        let lines = log.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        #expect(log.last == UInt8(ascii: "\n"))
        #expect(lines.count > 20)
        for line in lines {
            let text = String(validating: [UInt8](line), as: UTF8.self)
            #expect(text != nil, "not UTF-8: \(Array(line))")
            // A diagnostic line starts with its location and says its severity; the last line counts the errors.
            #expect(text?.contains(": warning: ") == true || text?.contains(": error: ") == true
                || text?.hasSuffix("error(s): fix them before planning.") == true, "\(text ?? "")")
        }
        let text = String(decoding: log, as: UTF8.self)
        #expect(text.contains("sessions-extra.csv:2:2: error: Date: '45000' is not a date"))
        #expect(text.contains("sessions-extra.csv:3:5: error: Places: 'deux' is not a whole number ≥ 1"))
        #expect(text.contains("inschrijvingen-nl.xlsx:Formulierantwoorden!N2: error: Beschikbaarheid: 'maandag' is a weekday"))
        // Warnings and errors come in the order validate lists them, the count of errors last.
        #expect(lines.last.map { String(decoding: $0, as: UTF8.self) } == "7 error(s): fix them before planning.")
    }
}
