import Foundation
import Testing
import Import

/// Issue 10, defect 7 ("quadratic error reporting") and the smaller ones of 10: reporting many
/// problems stays linear and readable, and hostile text never reaches the terminal raw.
@Suite struct ReportingTests {
    let forms = repositoryRoot.appendingPathComponent("Tests/ImportTests/Fixtures/forms-utf8")

    /// The form exports with `count` more registrations, each with one error (a choice that names
    /// no host).
    func formsWithBadRows(_ count: Int) throws -> URL {
        let copy = temporaryFolder("po-plan-forms")
        for name in try FileManager.default.contentsOfDirectory(atPath: forms.path) {
            try FileManager.default.copyItem(at: forms.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        let file = copy.appendingPathComponent("deelnemers.csv")
        var text = try String(contentsOf: file, encoding: .utf8)
        for i in 0..<count {
            text += "Naam\(i),Test,p\(i)@example.org,rol,Org \(i),Nederlands,Nederlands,Nergens Huis \(i),,,x,x,,,nee,\n"
        }
        try Data(text.utf8).write(to: file)
        return copy
    }

    @Test func quadraticErrorReportingIsCappedPerFileAndComplete() throws {
        let source = try formsWithBadRows(2_000)
        let run = try CommandRunner.run(["validate", source.path])
        #expect(run.status == 1)
        let lines = run.standardOutput.split(separator: "\n")
        let ofFile = lines.filter { $0.hasPrefix("deelnemers.csv:") }
        #expect(ofFile.count == Diagnostic.printedPerFile + 1)
        #expect(ofFile.last?.contains("note: ") == true)
        #expect(ofFile.last?.contains("more in this file are not shown; 'po-plan validate --json' lists every one") == true)
        let json = try CommandRunner.run(["validate", source.path, "--json"])
        let all = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as! [[String: Any]]
        let errors = all.filter { $0["file"] as? String == "deelnemers.csv" && $0["severity"] as? String == "error" }
        #expect(errors.count >= 2_000)
        // The import report lists every row left out, once.
        let imported = Importer.importSource(at: source)
        let report = try #require(imported.file("import-report.md"))
        let leftOut = imported.leftOut.filter { $0.location.hasPrefix("deelnemers.csv:") }
        // Each row left out once, beside the registrations replaced by a later one (listed apart).
        let replaced = imported.merged.filter { $0.location.hasPrefix("deelnemers.csv:") }
        #expect(report.components(separatedBy: "\n- **deelnemers.csv:").count - 1 == leftOut.count + replaced.count)
        #expect(leftOut.count >= 2_000)
    }

    @Test func controlCharactersInACellArePrintedVisibly() throws {
        let input = editedCopy(of: repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week"), [
            "sessions.csv": { $0.replacingOccurrences(of: ",2,,\n", with: ",\u{1B}[31m2\u{1B}[0m\u{7},,\n") },
        ])
        let run = try CommandRunner.run(["validate", input.path])
        #expect(run.status == 1)
        #expect(!run.standardOutput.contains("\u{1B}") && !run.standardOutput.contains("\u{7}"))
        #expect(run.standardOutput.contains("\\u{1B}[31m2\\u{1B}[0m\\u{7}"), "\(run.standardOutput)")
    }

    @Test func aTimeLimitOutOfRangeIsRefused() throws {
        let run = try CommandRunner.run(["plan", forms.path, "--out", temporaryFolder().path + "/p", "--time-limit", "1e16"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("--time-limit must be a number of seconds from 0.001 to 604800"))
    }
}
