import Foundation
import Testing

/// `plan --previous` end to end on the example week: change mails only for the people concerned,
/// the same page names and calendar UIDs as the plan people were told, and a previous plan.json
/// alone still re-planning.
@Suite(.serialized) struct ReplanPublishTests {
    /// The first plan, the changed input and the re-plan (made once for the suite).
    struct Week {
        let first: URL, second: URL, input: URL
        let withdrawn: [String], calledOff: String
    }

    static let week: Week = {
        let root = temporaryFolder("po-plan-replan")
        let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
        let example = repositoryRoot.appendingPathComponent("examples/grand-bain")
        _ = try! CommandRunner.run(["plan", example.path, "--out", first.path, "--eml", "--quiet"])
        let placed = assignments(first)
        let visitors = Array(Set(placed.map(\.visitor))).sorted().prefix(2)
        let session = Dictionary(grouping: placed, by: \.session).filter { $0.value.count >= 2 }.keys.sorted().first!
        let input = editedCopy(of: example, [
            "visitors.csv": { cancelling($0, ids: Set(visitors)) },
            "sessions.csv": { cancelling($0, ids: [session]) },
        ])
        _ = try! CommandRunner.run(["plan", input.path, "--out", second.path, "--previous", first.path, "--eml", "--quiet"])
        return Week(first: first, second: second, input: input, withdrawn: Array(visitors), calledOff: session)
    }()

    /// A CSV text with a `cancelled` column saying yes for the rows whose first field is in `ids`.
    static func cancelling(_ csv: String, ids: Set<String>) -> String {
        var lines = csv.components(separatedBy: "\n")
        for i in lines.indices where !lines[i].isEmpty {
            let id = String(lines[i].split(separator: ",", omittingEmptySubsequences: false).first ?? "")
            lines[i] += i == 0 ? ",cancelled" : (ids.contains(id) ? ",yes" : ",")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ folder: URL) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json")))) as? [String: Any] ?? [:]
    }

    static func assignments(_ folder: URL) -> [(visitor: String, session: String)] {
        (json(folder)["assignments"] as? [[String: Any]] ?? []).map { ($0["visitor_id"] as! String, $0["session_id"] as! String) }
    }

    static func names(_ folder: URL, _ sub: String) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? [])
    }

    static func uids(_ file: URL) -> [String] {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test func onlyThePeopleInChangesAndTheHostsWhoseRosterChangedHaveChangeMails() throws {
        let week = Self.week
        let changes = try #require(Self.json(week.second)["changes"] as? [[String: Any]])
        let changed = Set(changes.map { $0["visitor_id"] as! String })
        #expect(Set(week.withdrawn).isSubset(of: changed))
        // The hosts whose sessions' visitors differ, computed here from the two plans and sessions.csv.
        let sessionsCSV = try String(contentsOf: week.input.appendingPathComponent("sessions.csv"), encoding: .utf8)
        var hostOf: [String: String] = [:]
        for line in sessionsCSV.components(separatedBy: "\n").dropFirst() where !line.isEmpty {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            hostOf[String(f[0])] = String(f[1])
        }
        let before = Dictionary(grouping: Self.assignments(week.first), by: \.session).mapValues { Set($0.map(\.visitor)) }
        let after = Dictionary(grouping: Self.assignments(week.second), by: \.session).mapValues { Set($0.map(\.visitor)) }
        let hosts = Set(Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.compactMap { hostOf[$0] })
        let mails = Self.names(week.second, "mails/changes/eml")
        #expect(mails.filter { $0.hasPrefix("visitor-") } == Set(changed.map { "visitor-\($0).eml" }))
        let hostMails = Set(mails.filter { $0.hasPrefix("host-") }.map { String($0.dropFirst(5).dropLast(4)) })
        #expect(!hosts.isEmpty && hostMails == hosts, "every host of the example has a contact e-mail")
        #expect(Self.names(week.first, "mails/changes").isEmpty, "the first plan has no change mails")
    }

    @Test func pageNamesAndCalendarUIDsAreTheSameAcrossTheTwoPlans() throws {
        let week = Self.week
        #expect(try String(contentsOf: week.first.appendingPathComponent("site.key"), encoding: .utf8)
                == String(contentsOf: week.second.appendingPathComponent("site.key"), encoding: .utf8))
        let pages = Self.names(week.first, "site/visitors").filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty && pages.isSubset(of: Self.names(week.second, "site/visitors")), "every link already sent still works")
        // Hosts' pages, calendars and rosters keep their names; sign-in sheets (`<host>-<session>.html`)
        // follow the sessions that run.
        let hostFiles = { (folder: URL) in Self.names(folder, "site/hosts").filter { !$0.contains("-") } }
        #expect(hostFiles(week.first) == hostFiles(week.second))
        // The calendar of a visitor left with nothing (a withdrawn one, or one whose only session
        // was called off and who has no room elsewhere) cancels the very events sent before.
        let lostAll = Set(Self.assignments(week.first).map(\.visitor)).subtracting(Self.assignments(week.second).map(\.visitor))
        #expect(Set(week.withdrawn).isSubset(of: lostAll))
        var cancelled = 0
        for ics in Self.names(week.first, "site/visitors").filter({ $0.hasSuffix(".ics") }) {
            let old = Self.uids(week.first.appendingPathComponent("site/visitors/\(ics)"))
            let newFile = week.second.appendingPathComponent("site/visitors/\(ics)")
            let text = try String(contentsOf: newFile, encoding: .utf8)
            #expect(Set(old).isSubset(of: Set(Self.uids(newFile))), "\(ics): every UID sent before is still there")
            if text.contains("METHOD:CANCEL") { cancelled += 1 }
        }
        #expect(cancelled == lostAll.count)
    }

    @Test func aPreviousPlanJSONAloneStillReplansWithTheSameUIDs() throws {
        let week = Self.week
        let alone = temporaryFolder("po-plan-previous-alone"), out = temporaryFolder("po-plan-replan-alone")
        defer { try? FileManager.default.removeItem(at: alone); try? FileManager.default.removeItem(at: out) }
        try FileManager.default.copyItem(at: week.first.appendingPathComponent("plan.json"), to: alone.appendingPathComponent("plan.json"))
        let target = out.appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", week.input.path, "--out", target.path, "--previous", alone.path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let all = { (folder: URL) in Set(Self.names(folder, "site/visitors").filter { $0.hasSuffix(".ics") }
            .flatMap { Self.uids(folder.appendingPathComponent("site/visitors/\($0)")) }) }
        #expect(all(week.second) == all(target), "the stable UIDs po-plan derives, the same as with calendar.json")
    }

    @Test func aPreviousPlanOfAnotherEventIsRefusedAndWarningsNameWhatCannotBeKept() throws {
        let other = temporaryFolder("po-plan-other")
        let text = try String(contentsOf: Self.week.first.appendingPathComponent("plan.json"), encoding: .utf8)
        let name = try #require(Self.json(Self.week.first)["event"] as? [String: Any])["name"] as! String
        try Data(text.replacingOccurrences(of: "\"\(name)\"", with: "\"Another week\"").utf8)
            .write(to: other.appendingPathComponent("plan.json"))
        let out = temporaryFolder().appendingPathComponent("plan")
        let refused = try CommandRunner.run(["plan", Self.week.input.path, "--out", out.path, "--previous", other.path])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("is a plan of 'Another week', not of '\(name)'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let warned = try CommandRunner.run(["plan", Self.week.input.path, "--out", out.path, "--previous", Self.week.first.path])
        #expect(warned.status == 0, "\(warned.standardError)")
        for visitor in Self.week.withdrawn {
            #expect(warned.standardError.contains("warning: \(visitor) in ") && warned.standardError.contains("cannot be kept: \(visitor) withdrew"))
        }
        #expect(warned.standardError.contains("cannot be kept: the host called \(Self.week.calledOff) off"))
    }
}
