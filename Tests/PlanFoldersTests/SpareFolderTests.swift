import Foundation
import Publish
import Testing
@testable import PlanFolders

/// Replacing a plan folder again and again: the replaced plan is kept emptied as `.OUT.spare` and the
/// next plan is written into its files, with nothing of the old plan's content left anywhere.
@Suite struct SpareFolderTests {
    /// A plan of `count` files over nested folders, each file's text naming `who` and its index.
    func plan(_ who: String, files range: Range<Int>) -> [PublishedFile] {
        [PublishedFile(path: "plan.json", text: "{\"who\": \"\(who)\"}")] + range.map { i in
            PublishedFile(path: ["schedules", "site/visitors", "rosters"][i % 3] + "/f\(i).md",
                          text: "\(who) \(i)\n" + String(repeating: "x", count: i % 50))
        }
    }

    /// Every regular file under `folder`, by relative path, with its bytes.
    func content(of folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FolderTree(folder).files {
            result[String(path.dropFirst(folder.path.count + 1))] = FileManager.default.contents(atPath: path)
        }
        return result
    }

    /// The text of the file at `path` under `folder`.
    func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func inode(_ path: String) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    }

    @Test func eachPlanIsWrittenWholeAndTheSpareHoldsOnlyEmptyFiles() throws {
        let root = try temporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = OutputFolder(url: root.appendingPathComponent("plan"))
        let spare = root.appendingPathComponent(".plan.spare")

        try out.replace(with: plan("first person", files: 0..<300))
        #expect(!FileManager.default.fileExists(atPath: spare.path), "a first plan replaces nothing")
        // Fewer files, then more, some under new names: every plan is exactly its own files.
        for (who, range) in [("second person", 20..<250), ("third person", 0..<400), ("fourth person", 100..<180)] {
            let files = plan(who, files: range)
            #expect(try out.replace(with: files) == files.count)
            #expect(content(of: out.url) == Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) }))
            let kept = content(of: spare)
            #expect(!kept.isEmpty)
            #expect(kept.values.allSatisfy { $0.isEmpty }, "no content of a replaced plan is kept")
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".plan.spare", "plan"])
        }
    }

    @Test func theNextPlanIsWrittenIntoTheSparesFiles() throws {
        let root = try temporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = OutputFolder(url: root.appendingPathComponent("plan"))
        try out.replace(with: plan("first", files: 0..<60))
        let first = try Set(FolderTree(out.url).files.map { try inode($0) })
        try out.replace(with: plan("second", files: 0..<60))
        // The first plan's files are now the spare; the third plan takes them, under old names and new.
        try out.replace(with: plan("third", files: 30..<90))
        let third = try Set(FolderTree(out.url).files.map { try inode($0) })
        #expect(third == first)
    }

    @Test func aFileWithAnotherLinkKeepsItsContentThere() throws {
        let root = try temporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = OutputFolder(url: root.appendingPathComponent("plan"))
        try out.replace(with: plan("first", files: 0..<10))
        // A copy made with hard links, as `cp -al` makes.
        let copy = root.appendingPathComponent("copy.md")
        try FileManager.default.linkItem(at: out.url.appendingPathComponent("schedules/f0.md"), to: copy)
        try out.replace(with: plan("second", files: 0..<10))
        try out.replace(with: plan("third", files: 0..<10))
        #expect(try String(contentsOf: copy, encoding: .utf8) == "first 0\n")
        #expect(try text("schedules/f0.md", in: out.url) == "third 0\n")
    }

    @Test func aLinkPutInTheSpareIsNotWrittenThrough() throws {
        let root = try temporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = OutputFolder(url: root.appendingPathComponent("plan"))
        try out.replace(with: plan("first", files: 0..<10))
        try out.replace(with: plan("second", files: 0..<10))
        let outside = root.appendingPathComponent("outside.txt")
        try Data("not po-plan's".utf8).write(to: outside)
        let planted = root.appendingPathComponent(".plan.spare/schedules/f0.md")
        try FileManager.default.removeItem(at: planted)
        try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: outside)

        try out.replace(with: plan("third", files: 0..<10))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not po-plan's")
        #expect(try text("schedules/f0.md", in: out.url) == "third 0\n")
    }

    @Test func aSpareThatStandsInTheWayIsSetAsideAndThePlanWritten() throws {
        let root = try temporaryFolder("spare")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = OutputFolder(url: root.appendingPathComponent("plan"))
        // A file where the next plan needs a folder.
        let spare = root.appendingPathComponent(".plan.spare")
        try FileManager.default.createDirectory(at: spare, withIntermediateDirectories: true)
        try Data().write(to: spare.appendingPathComponent("schedules"))

        let files = plan("first", files: 0..<10)
        try out.replace(with: files)
        #expect(content(of: out.url) == Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) }))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["plan"])
    }
}
