import Foundation
import Testing

/// The team's decisions through the command line: pins that cannot hold together are named by
/// `validate` and make `plan` say `infeasible` without losing an earlier plan.
@Suite struct DecisionCommandTests {
    /// A tiny week where V1 is pinned to two sessions at the same time.
    private func week(pins: String) throws -> URL {
        let folder = temporaryFolder("po-plan-pins")
        let files = [
            "event.yaml": "name: Test week\n",
            "hosts.csv": "host_id,name,languages\nH1,Maison A,fr\nH2,Huis B,fr\n",
            "sessions.csv": "session_id,host_id,date,start,end,capacity\nS1,H1,2025-11-05,10:00,12:00,4\n"
                + "S2,H2,2025-11-05,10:30,12:00,4\n",
            "visitors.csv": "visitor_id,first_name,last_name,email,languages,choices\nV1,Ann,Example,ann@example.org,fr,H1;H2\n"
                + "V2,Bob,Example,bob@example.org,fr,H2\n",
            "pins.csv": pins,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    private let clash = "visitor_id,session_id,pin\nV1,S1,yes\nV1,S2,yes\n"

    @Test func validateNamesPinsThatCannotHoldTogetherWithTheirLine() throws {
        let run = try CommandRunner.run(["validate", try week(pins: clash).path])
        #expect(run.status == 1)
        #expect(run.standardOutput.contains("pins.csv:2: error: V1 → S1 (yes, pins.csv line 2), V1 → S2 (yes, pins.csv line 3): "
            + "V1 cannot reach both S1 and S2 (same day, not enough time to travel)"))
    }

    @Test func planSaysInfeasibleAndKeepsAnEarlierPlan() throws {
        let input = try week(pins: "visitor_id,session_id,pin\nV1,S1,yes\n")
        let out = temporaryFolder().appendingPathComponent("plan")
        let first = try CommandRunner.run(["plan", input.path, "--out", out.path, "--quiet"])
        #expect(first.status == 0, "\(first.standardError)")
        let before = try Data(contentsOf: out.appendingPathComponent("plan.json"))

        try Data(clash.utf8).write(to: input.appendingPathComponent("pins.csv"))
        let second = try CommandRunner.run(["plan", input.path, "--out", out.path, "--quiet"])
        #expect(second.status == 1)
        #expect(second.standardError.contains("cannot reach both S1 and S2"))
        #expect(try Data(contentsOf: out.appendingPathComponent("plan.json")) == before)

        let fresh = temporaryFolder().appendingPathComponent("plan")
        let third = try CommandRunner.run(["plan", input.path, "--out", fresh.path, "--quiet"])
        #expect(third.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: fresh.appendingPathComponent("plan.json"))) as! [String: Any]
        #expect(json["status"] as? String == "infeasible")
        #expect((json["problems"] as? [String])?.first?.contains("V1 → S2") == true)
    }
}

/// A plan made with pins is published again from its folder alone: the folder keeps pins.csv.
@Suite struct PinnedPublishTests {
    @Test func publishKeepsThePinsThatMadeThePlan() throws {
        let input = temporaryFolder("po-plan-pinned")
        let files = [
            "event.yaml": "name: Test week\n",
            "hosts.csv": "host_id,name,languages\nH1,Maison A,nl\nH2,Huis B,fr\n",
            "sessions.csv": "session_id,host_id,date,start,end,capacity\nS1,H1,2025-11-05,10:00,12:00,4\n"
                + "S2,H2,2025-11-05,14:00,16:00,4\n",
            "visitors.csv": "visitor_id,first_name,last_name,email,languages,choices\nV1,Ann,Example,ann@example.org,fr,H2\n",
            // V1 speaks no Dutch and did not choose H1: only the pin makes S1 hers.
            "pins.csv": "visitor_id,session_id,pin\nV1,S1,yes\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let out = temporaryFolder().appendingPathComponent("plan")
        let plan = try CommandRunner.run(["plan", input.path, "--out", out.path, "--quiet"])
        #expect(plan.status == 0, "\(plan.standardError)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("input/pins.csv").path))
        let publish = try CommandRunner.run(["publish", out.path, "--quiet"])
        #expect(publish.status == 0, "\(publish.standardError)")
    }
}
