import Foundation
import Testing

/// `po-plan import` on a source with errors: located errors, nothing written, and `--quiet` honoured.
@Suite struct ImportCommandTests {
    let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")

    /// A copy of the example whose second session has a capacity that is not a number.
    private func brokenSource() -> URL {
        editedCopy(of: example, ["sessions.csv": { $0.replacingOccurrences(of: "S1,H1,visit,2025-11-04,09:30,11:00,2,,",
                                                                           with: "S1,H1,visit,2025-11-04,09:30,11:00,two,,") }])
    }

    @Test func aSourceWithErrorsNamesThemWritesNothingAndShowsTheReport() throws {
        let to = temporaryFolder().appendingPathComponent("imported")
        let run = try CommandRunner.run(["import", brokenSource().path, "--to", to.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("sessions.csv:2:"))
        #expect(run.standardError.contains("nothing was written"))
        #expect(run.standardError.contains("#"), "the import report (Markdown) is shown")
        #expect(!FileManager.default.fileExists(atPath: to.path))
    }

    @Test func quietKeepsTheLocatedErrorsAndLeavesTheReportOut() throws {
        let to = temporaryFolder().appendingPathComponent("imported")
        let run = try CommandRunner.run(["import", brokenSource().path, "--to", to.path, "--quiet"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("sessions.csv:2:"))
        #expect(!run.standardError.contains("#"), "no report under --quiet")
        #expect(!FileManager.default.fileExists(atPath: to.path))
    }
}
