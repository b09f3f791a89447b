import Foundation
import Import
import Testing

/// `po-plan plan` end to end, as a bassin team runs it.
@Suite struct PlanCommandTests {
    let example = repositoryRoot.appendingPathComponent("examples/grand-bain")

    @Test(.enabled(if: exampleTinyIsPresent, "../shared/spec/example-tiny is absent, as in a user's own clone: skipped"))
    func theSharedTinyExampleIsPlannedToItsKnownOptimum() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", exampleTiny.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
        #expect(json["status"] as? String == "optimal")
        let tiers = (json["objective"] as! [[String: Any]]).map { ($0["name"] as! String, $0["value"] as! Int, $0["bound"] as! Int) }
        #expect(tiers.map(\.0) == ["coverage", "preference", "mix"])
        #expect(tiers.map(\.1) == [23, 143, 21])
        #expect(tiers.map(\.2) == [23, 143, 21])
        #expect((json["sessions"] as! [Any]).count == 15)
        #expect((json["unassigned"] as! [[String: Any]]).count == 25 - 23)
        #expect((json["unassigned"] as! [[String: Any]]).allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
    }

    @Test func twoRunsWithTheSameSeedWriteIdenticalBytes() throws {
        let a = temporaryFolder().appendingPathComponent("a"), b = temporaryFolder().appendingPathComponent("b")
        // The site key is random for a new folder: the same key gives the same files.
        let key = ["--site-key", "same-key-for-both-runs"]
        #expect(try CommandRunner.run(["plan", example.path, "--out", a.path, "--quiet", "--seed", "3"] + key).status == 0)
        #expect(try CommandRunner.run(["plan", example.path, "--out", b.path, "--quiet", "--seed", "3"] + key).status == 0)
        let first = filesUnder(a), second = filesUnder(b)
        #expect(first.count > 100)
        #expect(first == second)
    }

    @Test func thePlanWritesAScheduleForEveryVisitorAndARosterForEveryHost() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        #expect(try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"]).status == 0)
        let files = Set(filesUnder(out).keys)
        let input = try #require(InputFolder.read(at: example).input)
        let visitors = input.visitors.map(\.id), hosts = input.hosts.map(\.id)
        #expect(visitors.count >= 150 && hosts.count >= 40)
        for v in visitors { #expect(files.contains("schedules/\(v).md"), "schedule of \(v)") }
        for h in hosts {
            #expect(files.contains("rosters/\(h).md"), "roster of \(h)")
            #expect(files.contains("rosters/\(h).csv"), "roster CSV of \(h)")
        }
    }

    @Test func progressGoesToStandardErrorAndQuietSilencesIt() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        let loud = try CommandRunner.run(["plan", example.path, "--out", out.path])
        #expect(loud.status == 0)
        #expect(loud.standardError.contains("Tier coverage"))
        #expect(loud.standardError.contains("Model:"))
        #expect(loud.standardOutput.isEmpty)
        let quiet = try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.standardError.isEmpty, "warnings and progress are silenced")
    }

    /// benchmarks/run.py reads each phase's time from these lines.
    @Test func progressSaysHowLongEachPhaseTook() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", example.path, "--out", out.path])
        #expect(run.status == 0)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.firstMatch(of: /^Read \d+ hosts, \d+ sessions, \d+ visitors in \d+\.\d\d s$/) != nil })
        #expect(lines.contains { $0.firstMatch(of: /^Model: .* non-zeros; built in \d+\.\d\d s$/) != nil })
        #expect(lines.contains { $0.firstMatch(of: /^Tier mix: \d+ \(proven optimal\) in \d+\.\d\d s$/) != nil })
        #expect(lines.contains { $0.firstMatch(of: /^Planned in \d+\.\d\d s; writing$/) != nil })
        #expect(lines.contains { $0.firstMatch(of: /wrote \d+ files to .* in \d+\.\d\d s \(writing \d+\.\d\d s\)$/) != nil },
                "\(run.standardError)")
    }

    @Test func aNewPlanReplacesThePreviousOneAsAWhole() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        #expect(try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"]).status == 0)
        try Data("stale".utf8).write(to: out.appendingPathComponent("schedules/STALE.md"))
        #expect(try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("schedules/STALE.md").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == [".plan.spare", "plan"], "no staging folder is left behind, only the emptied spare")
        let spare = out.deletingLastPathComponent().appendingPathComponent(".plan.spare/schedules/STALE.md")
        #expect(FileManager.default.contents(atPath: spare.path) == Data(), "the replaced plan's files are emptied")
    }

    @Test func aFolderThatPoPlanDidNotWriteIsNeverOverwritten() throws {
        let out = temporaryFolder()
        try Data("keep me".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let run = try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("did not write"))
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }
}
