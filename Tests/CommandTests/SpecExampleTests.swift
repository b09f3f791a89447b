import Foundation
import Testing

/// The contract's example folders, planned by `po-plan plan` to exactly the optimum their README
/// gives (read from the README's `| tier | value |` table). Skipped where ../shared/spec is absent.
@Suite struct SpecExampleTests {
    static let spec = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/spec")
    static let decisions = spec.appendingPathComponent("example-tiny-decisions")
    static let replan = spec.appendingPathComponent("example-tiny-replan")
    static let decisionsArePresent = FileManager.default.fileExists(atPath: decisions.appendingPathComponent("pins.csv").path)
    static let replanIsPresent = FileManager.default.fileExists(atPath: replan.appendingPathComponent("previous/plan.json").path)

    @Test(.enabled(if: decisionsArePresent, "../shared/spec/example-tiny-decisions is absent: skipped"))
    func theDecisionsExampleIsPlannedToItsKnownOptimum() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", Self.decisions.path, "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try planJSON(out)
        #expect(json["status"] as? String == "optimal")
        let expected = try knownOptimum(Self.decisions)
        #expect(expected.map(\.tier) == ["priority", "coverage", "preference", "mix"])
        #expect(tiers(json).map { [$0.name, "\($0.value)", "\($0.bound)"] } == expected.map { [$0.tier, "\($0.value)", "\($0.value)"] })
        // The two yes pins hold, the no pins keep their pairs out, the cancelled rows get nothing.
        let given = Set(assignments(json).map { "\($0.visitor) \($0.session)" })
        #expect(given.contains("V0022 S0011") && given.contains("V0021 S0008"))
        #expect(!given.contains("V0015 S0010"))
        let unassigned = (json["unassigned"] as! [[String: Any]]).map { ($0["visitor_id"] as! String, $0["reason"] as! String) }
        let withdrawn = unassigned.filter { $0.1.contains("Withdrawal") }
        #expect(withdrawn.count == 1, "one cancelled visitor, told they withdrew: \(unassigned)")
    }

    @Test(.enabled(if: replanIsPresent, "../shared/spec/example-tiny-replan is absent: skipped"))
    func theReplanExampleKeepsWhatItCanAndListsTheDifference() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        let previous = Self.replan.appendingPathComponent("previous")
        let run = try CommandRunner.run(["plan", Self.replan.appendingPathComponent("input").path, "--out", out.path,
                                         "--previous", previous.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try planJSON(out)
        #expect(json["status"] as? String == "optimal")
        let expected = try knownOptimum(Self.replan)
        #expect(expected.first?.tier == "keep")
        #expect(tiers(json).map { [$0.name, "\($0.value)", "\($0.bound)"] } == expected.map { [$0.tier, "\($0.value)", "\($0.value)"] })
        #expect(json["previous"] as? String == previous.path)

        // changes is the difference of the two plans, computed here on its own.
        let before = Dictionary(grouping: assignments(try planJSON(previous)), by: \.visitor).mapValues { Set($0.map(\.session)) }
        let after = Dictionary(grouping: assignments(json), by: \.visitor).mapValues { Set($0.map(\.session)) }
        let visitors = try String(contentsOf: Self.replan.appendingPathComponent("input/visitors.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix { $0 != "," }) }.sorted()
        let difference: [[String]] = visitors.compactMap { id in
            let old = before[id] ?? [], new = after[id] ?? []
            guard old != new else { return nil }
            return [id, new.subtracting(old).sorted().joined(separator: ";"), old.subtracting(new).sorted().joined(separator: ";")]
        }
        let changes = (json["changes"] as! [[String: Any]]).map {
            [$0["visitor_id"] as! String, ($0["added"] as! [String]).joined(separator: ";"),
             ($0["removed"] as! [String]).joined(separator: ";")]
        }
        #expect(!changes.isEmpty)
        #expect(changes == difference)
    }

    // MARK: Reading

    private func planJSON(_ folder: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json"))) as! [String: Any]
    }

    private func tiers(_ json: [String: Any]) -> [(name: String, value: Int, bound: Int)] {
        (json["objective"] as! [[String: Any]]).map { ($0["name"] as! String, $0["value"] as! Int, $0["bound"] as! Int) }
    }

    private func assignments(_ json: [String: Any]) -> [(visitor: String, session: String)] {
        (json["assignments"] as! [[String: Any]]).map { ($0["visitor_id"] as! String, $0["session_id"] as! String) }
    }

    /// The rows of the README's `| tier | value |` table.
    private func knownOptimum(_ folder: URL) throws -> [(tier: String, value: Int)] {
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, let value = Int(cells[1]) else { return nil }
            return (cells[0], value)
        }
    }
}
