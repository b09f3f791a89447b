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
