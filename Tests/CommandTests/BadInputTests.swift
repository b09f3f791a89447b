import Foundation
import Testing

/// Bad input: every problem is named as file:line:column, the exit status says so, nothing is written.
@Suite struct BadInputTests {
    /// A small synthetic week whose CSV files hold no quoted fields, so tests can edit them by line.
    let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")

    /// Plans an edited copy of the example and returns what the command said; checks nothing was written.
    private func planEdited(_ edits: [String: (String) -> String]) throws -> CommandRunner.Run {
        let input = editedCopy(of: example, edits)
        let out = temporaryFolder().appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", input.path, "--out", out.path])
        #expect(run.status != 0)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written on bad input")
        return run
    }

    private func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    @Test func aMissingRequiredColumnIsNamedWithItsFile() throws {
        let run = try planEdited(["sessions.csv": { text in
            var rows = self.lines(text).map { $0.components(separatedBy: ",") }
            let capacity = rows[0].firstIndex(of: "capacity")!
            for i in rows.indices where rows[i].count > capacity { rows[i].remove(at: capacity) }
            return rows.map { $0.joined(separator: ",") }.joined(separator: "\n")
        }])
        #expect(run.standardError.contains("sessions.csv:1:"))
        #expect(run.standardError.contains("capacity"))
    }

    @Test func anUnknownHostInAChoiceIsNamedWithLineAndColumn() throws {
        let run = try planEdited(["visitors.csv": { text in
            var rows = self.lines(text)
            let header = rows[0].components(separatedBy: ",")
            let column = header.firstIndex(of: "choices")! + 1
            var third = rows[3].components(separatedBy: ",")
            third[column - 1] = "H999"
            rows[3] = third.joined(separator: ",")
            return rows.joined(separator: "\n")
        }])
        #expect(run.standardError.contains("visitors.csv:4:"))
        #expect(run.standardError.contains("H999"))
    }

    @Test func aDuplicateIdIsNamedAtItsSecondOccurrence() throws {
        let run = try planEdited(["hosts.csv": { text in
            var rows = self.lines(text)
            var second = rows[2].components(separatedBy: ",")
            second[0] = rows[1].components(separatedBy: ",")[0]
            rows[2] = second.joined(separator: ",")
            return rows.joined(separator: "\n")
        }])
        #expect(run.standardError.contains("hosts.csv:3:1:"))
        #expect(run.standardError.contains("used twice"))
    }

    @Test func anEndBeforeItsStartIsNamedWithLineAndColumn() throws {
        let run = try planEdited(["sessions.csv": { text in
            var rows = self.lines(text)
            let header = rows[0].components(separatedBy: ",")
            let start = header.firstIndex(of: "start")!, end = header.firstIndex(of: "end")!
            var row = rows[1].components(separatedBy: ",")
            (row[start], row[end]) = ("15:00", "14:00")
            rows[1] = row.joined(separator: ",")
            return rows.joined(separator: "\n")
        }])
        #expect(run.standardError.contains("sessions.csv:2:\(header(of: "sessions.csv").firstIndex(of: "end")! + 1):"))
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let run = try planEdited([
            "hosts.csv": { text in text.replacingOccurrences(of: ",fr,", with: ",zz-bad,") },
            "sessions.csv": { text in
                var rows = self.lines(text)
                rows[1] = rows[1].replacingOccurrences(of: "2025-11-", with: "2025-13-")
                return rows.joined(separator: "\n")
            },
        ])
        #expect(run.standardError.contains("hosts.csv:"))
        #expect(run.standardError.contains("sessions.csv:2:"))
    }

    private func header(of file: String) -> [String] {
        let text = try! String(contentsOf: example.appendingPathComponent(file), encoding: .utf8)
        return text.components(separatedBy: "\n")[0].components(separatedBy: ",")
    }
}
