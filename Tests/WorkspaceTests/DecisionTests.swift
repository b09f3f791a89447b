import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Workspace

/// The team's decisions, written to the canonical files atomically and logged with ids only; a
/// change made from a page shown before the file changed is refused.
@Suite struct DecisionTests {
    /// The row of `id` in a CSV text, as fields.
    static func row(_ text: String, _ id: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .first { $0.first == id } ?? []
    }

    /// The value of `column` in the row of `id`.
    static func value(_ text: String, _ id: String, _ column: String) -> String? {
        let header = text.split(whereSeparator: \.isNewline).first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        guard let c = header.firstIndex(of: column) else { return nil }
        let row = row(text, id)
        return c < row.count ? row[c] : nil
    }

    @Test func withdrawingAVisitorWritesCancelledAndLogsTheIdOnly() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let page = try await client.page("/people/visitors/V2")
            #expect(page.text.contains("name=\"version\" value=\"\(week.version("visitors.csv"))\""))
            let answer = try await client.post("/people/visitors/V2/withdraw", ["version": week.version("visitors.csv"), "withdrawn": "yes"])
            #expect(answer.status == .ok)
            #expect(answer.text.contains("role=\"status\""))
            let people = try await client.page("/people?q=bart")
            #expect(people.text.contains("class=\"cancelled\""))
        }
        let visitors = week.file("visitors.csv")
        #expect(Self.value(visitors, "V2", "cancelled") == "yes")
        #expect(Self.value(visitors, "V1", "cancelled") == "")
        #expect(visitors.contains("V3,Chloé,Dufour,chloe@example.org"), "the other rows are kept as they were")
        let log = week.file("changes.log")
        #expect(log.contains("\tpeople\tvisitors.csv\tV2 cancelled: yes"))
        #expect(!log.contains("Bart") && !log.contains("bart@"))
    }

    @Test func aChangeFromAStalePageIsRefusedAndChangesNothing() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let shown = week.version("visitors.csv")
            // Another tab withdraws V1 first.
            #expect(try await client.post("/people/visitors/V1/withdraw", ["version": shown, "withdrawn": "yes"]).status == .ok)
            let before = week.file("visitors.csv")
            let stale = try await client.post("/people/visitors/V3/details", ["version": shown, "group": "team-a", "priority": "yes"],
                                              )
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("visitors.csv"))
            #expect(week.file("visitors.csv") == before)
            let staleSession = try await client.post("/sessions/S1/capacity", ["version": "not-the-version", "capacity": "5"])
            #expect(staleSession.status == .conflict)
        }
        #expect(Self.value(week.file("visitors.csv"), "V3", "group") == nil)
        #expect(Self.value(week.file("sessions.csv"), "S1", "capacity") == "2")
    }

    @Test func groupPriorityPinsAndSessionsAreWrittenToTheirFiles() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            #expect(try await client.post("/people/visitors/V1/details", ["version": week.version("visitors.csv"), "group": "duo", "priority": "yes"]).status == .ok)
            #expect(try await client.post("/people/visitors/V3/details", ["version": week.version("visitors.csv"), "group": "duo"]).status == .ok)
            #expect(try await client.post("/people/visitors/V1/pin", ["version": week.version("pins.csv"), "session_id": "S2", "pin": "yes"]).status == .ok)
            #expect(try await client.post("/people/visitors/V4/pin", ["version": week.version("pins.csv"), "host_id": "H3", "pin": "no"]).status == .ok)
            let refused = try await client.post("/people/visitors/V4/pin", ["version": week.version("pins.csv"), "host_id": "H3", "pin": "yes"])
            #expect(refused.status == .badRequest)
            #expect(try await client.post("/sessions/S3/cancel", ["version": week.version("sessions.csv"), "cancelled": "yes"]).status == .ok)
            let resized = try await client.post("/sessions/S4/capacity", ["version": week.version("sessions.csv"), "capacity": "6"])
            #expect(resized.status == .ok)
            #expect(resized.text.contains("Places (S4) : 6"), "French puts a space before a colon")
            let zero = try await client.post("/sessions/S4/capacity", ["version": week.version("sessions.csv"), "capacity": "zero"])
            #expect(zero.status == .badRequest)
            #expect(zero.text.contains("Places : zero"))
            let person = try await client.page("/people/visitors/V1")
            #expect(person.text.contains("value=\"duo\"") && person.text.contains("checked"))
            let host = try await client.page("/people/hosts/H3", headers: [.acceptLanguage: "en"])
            #expect(host.text.contains("(called off)"))
            let inputs = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(inputs.text.contains("No problem"), "the files written are valid input")
        }
        let visitors = week.file("visitors.csv"), sessions = week.file("sessions.csv"), pins = week.file("pins.csv")
        #expect(Self.value(visitors, "V1", "group") == "duo" && Self.value(visitors, "V1", "priority") == "yes")
        #expect(Self.value(visitors, "V3", "group") == "duo" && Self.value(visitors, "V3", "priority") == "no")
        #expect(Self.value(sessions, "S3", "cancelled") == "yes" && Self.value(sessions, "S4", "capacity") == "6")
        #expect(pins.hasPrefix("visitor_id,session_id,host_id,pin,note\r\n"))
        #expect(pins.contains("V1,S2,,yes,\r\n") && pins.contains("V4,,H3,no,\r\n"))
        #expect(week.file("changes.log").split(separator: "\n").count == 6)
    }

    @Test func twoTabsChangingTheSameFileLoseNothing() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            // Each tab shows the file as it is, then changes it; the changes are serialised.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in ["V1", "V2", "V3", "V4"] {
                    group.addTask {
                        for _ in 0..<20 {
                            let answer = try await client.post("/people/visitors/\(id)/details",
                                                               ["version": week.version("visitors.csv"), "group": "g-\(id)"])
                            if answer.status == .ok { return }
                            #expect(answer.status == .conflict)
                        }
                        Issue.record("\(id) was never written")
                    }
                }
                try await group.waitForAll()
            }
        }
        let visitors = week.file("visitors.csv")
        for id in ["V1", "V2", "V3", "V4"] { #expect(Self.value(visitors, id, "group") == "g-\(id)") }
    }

    @Test func aWeekWithErrorsSaysSoInsteadOfChanging() async throws {
        let week = TestWorkspace()
        try Data("visitor_id,first_name\nV1,Alice\n".utf8).write(to: week.folder.appendingPathComponent("visitors.csv"))
        let before = week.file("visitors.csv")
        try await week.test { client in
            let page = try await client.page("/people/visitors/V1", headers: [.acceptLanguage: "en"])
            #expect(page.status == .conflict && page.text.contains("see the inputs page"))
            let answer = try await client.post("/people/visitors/V1/withdraw", ["version": week.version("visitors.csv"), "withdrawn": "yes"])
            #expect(answer.status == .conflict)
        }
        #expect(week.file("visitors.csv") == before)
    }
}
