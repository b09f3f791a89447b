import Foundation
import Synchronization
import Testing
@testable import PlanFolders

/// Removing an old plan folder of many files at once, without following a link out of it.
@Suite struct FolderRemovalTests {
    /// A folder `name` in `root` holding one file `file` with `text`: something outside a plan.
    func folder(_ name: String, in root: URL, holding file: String, _ text: String) throws -> URL {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent(file))
        return url
    }

    /// A plan-like folder: `count` files over nested folders, an empty folder, a link to `outside`
    /// and a link that points nowhere.
    func plantPlan(in root: URL, files count: Int, outside: URL) throws -> URL {
        let fm = FileManager.default
        let plan = root.appendingPathComponent("plan")
        for i in 0..<count {
            let file = plan.appendingPathComponent(["schedules", "site/visitors", "mails/eml"][i % 3]).appendingPathComponent("f\(i).md")
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("person \(i)".utf8).write(to: file)
        }
        try fm.createDirectory(at: plan.appendingPathComponent("input/empty"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: plan.appendingPathComponent("site/elsewhere"), withDestinationURL: outside)
        try fm.createSymbolicLink(atPath: plan.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
        return plan
    }

    @Test func aPlanFolderIsRemovedWhollyAndALinkInsideIsNotFollowed() throws {
        let root = try temporaryFolder("removal")
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = try folder("kept", in: root, holding: "keep.txt", "not part of the plan")
        let plan = try plantPlan(in: root, files: 500, outside: outside)

        try FolderRemoval.remove(plan)

        #expect(!FileManager.default.fileExists(atPath: plan.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "not part of the plan")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["kept"])
    }

    @Test func aFolderThatIsNotThereIsNoError() throws {
        let root = try temporaryFolder("removal")
        defer { try? FileManager.default.removeItem(at: root) }
        try FolderRemoval.remove(root.appendingPathComponent("never-written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func aLinkGivenAsTheFolderIsRemovedAndItsTargetKept() throws {
        let root = try temporaryFolder("removal")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = try folder("target", in: root, holding: "a.md", "kept"), link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)

        try FolderRemoval.remove(link)

        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["target"])
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("a.md").path))
    }

    @Test func theTreeListsRegularFilesFoldersBeforeTheirContentAndLinksApart() throws {
        let root = try temporaryFolder("removal")
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = try folder("outside", in: root, holding: "not-counted.md", "x")
        let plan = try plantPlan(in: root, files: 30, outside: outside)

        let tree = FolderTree(plan)

        #expect(tree.files.count == 30)
        #expect(OutputFolder.fileCount(in: plan) == 30)
        #expect(Set(tree.others.map { URL(fileURLWithPath: $0).lastPathComponent }) == ["elsewhere", "dangling"])
        #expect(tree.folders.first == plan.path)
        for (i, folder) in tree.folders.enumerated() {
            #expect(!tree.folders[..<i].contains { $0.hasPrefix(folder + "/") }, "\(folder) comes before what it holds")
        }
        #expect(tree.folders.count == 8, "plan, schedules, site, site/visitors, mails, mails/eml, input, input/empty")
    }

    /// What the calls record, shared by the threads.
    final class Record: Sendable {
        let seen = Mutex<[Int]>([])
        let calls = Atomic<Int>(0)
    }

    @Test func everyCallIsMadeOnceAndTheFirstErrorIsRethrown() throws {
        let record = Record()
        try OverlappedCalls.forEach(1000) { i in record.seen.withLock { $0.append(i) } }
        #expect(record.seen.withLock { $0.sorted() } == Array(0..<1000))

        // Every call fails: a thread whose call failed sees a failure before it takes another
        // index, so no thread makes a second call, however the threads are scheduled.
        struct Refused: Error {}
        let failing = Record()
        #expect(throws: Refused.self) {
            try OverlappedCalls.forEach(10_000) { _ in
                failing.calls.add(1, ordering: .relaxed)
                throw Refused()
            }
        }
        #expect(failing.calls.load(ordering: .relaxed) <= OverlappedCalls.width,
                "calls not yet started when one failed are not made")
    }
}
