import Foundation
import Testing

/// Issue 10: what `plan` does with its output folder when it is a link, holds leftovers, or is not
/// po-plan's; and how many files it says it wrote.
@Suite struct OutputFolderTests {
    let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")

    /// The small week with visitor ids that the old naming sent to one file.
    func clashingWeek() -> URL {
        editedCopy(of: example, ["visitors.csv": { text in
            text.replacingOccurrences(of: "\nV1,", with: "\nA/1,").replacingOccurrences(of: "\nV2,", with: "\nA_1,")
                .replacingOccurrences(of: "\nV3,", with: "\nA:1,").replacingOccurrences(of: "\nV4,", with: "\na_1,")
        }])
    }

    /// Defect 1: "wrote N files" is the number of files on disk, one schedule per person.
    @Test func twoIDsOneFileWroteNFilesIsTheCountOnDisk() throws {
        let input = clashingWeek(), out = temporaryFolder().appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", input.path, "--out", out.path, "--eml"])
        #expect(run.status == 0, "\(run.standardError)")
        let onDisk = filesUnder(out)
        #expect(run.standardError.contains("wrote \(onDisk.count) files"), "\(run.standardError)")
        let schedules = onDisk.filter { $0.key.hasPrefix("schedules/") }
        let visitors = try String(contentsOf: input.appendingPathComponent("visitors.csv"), encoding: .utf8)
        let count = visitors.split(separator: "\n").count - 1
        #expect(schedules.count == count)
        #expect(onDisk.keys.filter { $0.hasPrefix("mails/eml/visitor-") }.count == count)
        for first in ["Alice", "Bart", "Chloé", "Dirk"] {
            #expect(schedules.values.filter { String(decoding: $0, as: UTF8.self).contains(first) }.count == 1, "\(first)")
        }
    }

    /// Defect 3: `--out` given as a symbolic link writes where the link points and keeps the link.
    @Test func outGivenAsASymbolicLinkWritesWhereItPoints() throws {
        let root = temporaryFolder(), real = root.appendingPathComponent("real-plan"), link = root.appendingPathComponent("plan")
        #expect(try CommandRunner.run(["plan", example.path, "--out", real.path, "--quiet"]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real-plan")
        let before = try Data(contentsOf: real.appendingPathComponent("plan.json"))
        let changed = editedCopy(of: example, ["visitors.csv": { $0.replacingOccurrences(of: "H1;H2", with: "H2") }])
        let run = try CommandRunner.run(["plan", changed.path, "--out", link.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let values = try link.resourceValues(forKeys: [.isSymbolicLinkKey])
        #expect(values.isSymbolicLink == true, "the link is still a link")
        let after = try Data(contentsOf: real.appendingPathComponent("plan.json"))
        #expect(after != before, "the link's target holds the new plan")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".real-plan.spare", "plan", "real-plan"],
                "the replaced plan's emptied files are kept beside the link's target")
    }

    /// Defect 9: staging folders of a killed run are removed by the next run; a plan moved aside is
    /// put back.
    @Test func leftoversOfAKilledRunAreRemovedByTheNextRun() throws {
        let root = temporaryFolder(), out = root.appendingPathComponent("plan")
        #expect(try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"]).status == 0)
        let gone = deadProcessID()
        let fm = FileManager.default
        let writing = root.appendingPathComponent(".plan.writing-\(gone)")
        try fm.createDirectory(at: writing.appendingPathComponent("schedules"), withIntermediateDirectories: true)
        try Data("personal data".utf8).write(to: writing.appendingPathComponent("schedules/V1.md"))
        // A run killed between its two moves: OUT is aside as `.plan.previous-PID`.
        try fm.moveItem(at: out, to: root.appendingPathComponent(".plan.previous-\(gone)"))
        let run = try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == [".plan.spare", "plan"])
        #expect(fm.fileExists(atPath: out.appendingPathComponent("plan.json").path))
        let spare = fm.enumerator(atPath: root.appendingPathComponent(".plan.spare").path)?.allObjects as? [String] ?? []
        #expect(spare.allSatisfy { fm.contents(atPath: root.appendingPathComponent(".plan.spare/\($0)").path).map { $0.isEmpty } ?? true },
                "the spare holds no personal data")
    }

    /// Defect 10: an output folder that po-plan did not write is refused before solving.
    @Test func aForeignOutFolderIsRefusedBeforeSolving() throws {
        let out = temporaryFolder()
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let run = try CommandRunner.run(["plan", example.path, "--out", out.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("already holds files that po-plan did not write"))
        #expect(!run.standardError.contains("Model:"), "refused before the model is built")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["notes.txt"])
    }

    /// The site key: random for a new folder (pages cannot be computed from the input), kept in
    /// site.key and reused; `--site-key` with a line break is refused.
    @Test func theSiteKeyIsRandomKeptAndReused() throws {
        let a = temporaryFolder().appendingPathComponent("a"), b = temporaryFolder().appendingPathComponent("b")
        #expect(try CommandRunner.run(["plan", example.path, "--out", a.path, "--quiet"]).status == 0)
        #expect(try CommandRunner.run(["plan", example.path, "--out", b.path, "--quiet"]).status == 0)
        let keyA = try String(contentsOf: a.appendingPathComponent("site.key"), encoding: .utf8)
        let keyB = try String(contentsOf: b.appendingPathComponent("site.key"), encoding: .utf8)
        #expect(keyA != keyB)
        let pagesA = Set(filesUnder(a).keys.filter { $0.hasPrefix("site/") })
        #expect(Set(filesUnder(b).keys.filter { $0.hasPrefix("site/") }).isDisjoint(with: pagesA))
        // Planning again into a keeps its key and its page names.
        #expect(try CommandRunner.run(["plan", example.path, "--out", a.path, "--quiet"]).status == 0)
        #expect(try String(contentsOf: a.appendingPathComponent("site.key"), encoding: .utf8) == keyA)
        #expect(Set(filesUnder(a).keys.filter { $0.hasPrefix("site/") }) == pagesA)
        let bad = try CommandRunner.run(["plan", example.path, "--out", temporaryFolder().path + "/c",
                                         "--site-key", "a-long-enough-key\nwith-a-second-line"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("--site-key must be 16 to 256 printable characters"))
    }

    /// A process id that no running process has.
    func deadProcessID() -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try? process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
