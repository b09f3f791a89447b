import Foundation
import Testing

/// `po-plan publish` end to end: publishing again after an edit keeps links already sent valid.
@Suite struct PublishCommandTests {
    let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")

    /// The relative paths of the files under `site/` of a plan folder.
    private func siteFiles(_ out: URL) -> Set<String> { Set(filesUnder(out.appendingPathComponent("site")).keys) }

    @Test func publishingAgainAfterAnAddressChangeKeepsEveryLinkAndThePlan() throws {
        let input = editedCopy(of: example, [:])
        let out = temporaryFolder().appendingPathComponent("plan")
        let planned = try CommandRunner.run(["plan", input.path, "--out", out.path, "--quiet"])
        #expect(planned.status == 0, "\(planned.standardError)")
        let site = siteFiles(out)
        let planJSON = try Data(contentsOf: out.appendingPathComponent("plan.json"))
        #expect(site.contains { $0.hasPrefix("visitors/") } && site.contains { $0.hasPrefix("hosts/") })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("team-index.html").path))
        #expect(!site.contains("index.html"), "nothing under site/ lists people")

        // publish reads the copy of the input kept in the plan folder: fix a host's address there.
        let hosts = out.appendingPathComponent("input/hosts.csv")
        let text = try String(contentsOf: hosts, encoding: .utf8)
        #expect(text.contains("Rue Exemple 1,"))
        try Data(text.replacingOccurrences(of: "Rue Exemple 1,", with: "Rue Corrigée 10,").utf8).write(to: hosts)

        let published = try CommandRunner.run(["publish", out.path, "--quiet"])
        #expect(published.status == 0, "\(published.standardError)")
        #expect(siteFiles(out) == site, "person pages keep their names: links already sent stay valid")
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == planJSON, "plan.json is kept byte for byte")
        let pages = filesUnder(out.appendingPathComponent("site")).filter { $0.key.hasSuffix(".html") }.values
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(pages.contains { $0.contains("Rue Corrigée 10") }, "the pages follow the edited input")
        #expect(!pages.contains { $0.contains("Rue Exemple 1<") || $0.contains("Rue Exemple 1,") })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("team-index.html").path))
    }
}

/// Issue 10, defect 10: publish refuses a hand-edited plan.json that breaks the contract's rules,
/// unless the team says it knows.
@Suite struct PublishBrokenPlanTests {
    let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")

    @Test func publishOfAHandEditedPlanThatBreaksCapacityIsRefused() throws {
        let out = temporaryFolder().appendingPathComponent("plan")
        #expect(try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet"]).status == 0)
        // S3 is an immersion with one place: give it to two visitors by hand.
        let planURL = out.appendingPathComponent("plan.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: planURL)) as! [String: Any]
        var assignments = json["assignments"] as! [[String: Any]]
        assignments.removeAll { $0["session_id"] as? String == "S3" }
        assignments.append(["visitor_id": "V1", "session_id": "S3", "rank": NSNull()])
        assignments.append(["visitor_id": "V2", "session_id": "S3", "rank": NSNull()])
        json["assignments"] = assignments
        try JSONSerialization.data(withJSONObject: json).write(to: planURL)
        let before = filesUnder(out)

        let refused = try CommandRunner.run(["publish", out.path])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("error: with this input, plan.json breaks a rule: capacity: S3 has 2 visitors for 1 places"))
        #expect(refused.standardError.contains("nothing was written"))
        #expect(filesUnder(out) == before)

        let accepted = try CommandRunner.run(["publish", out.path, "--accept-broken-rules"])
        #expect(accepted.status == 0, "\(accepted.standardError)")
        #expect(accepted.standardError.contains("warning: with this input, the plan breaks a rule (published as asked): capacity"))
    }
}
