import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Import
import Matching
import PlanFolders
import Publish
import Scheduling
import Testing
@testable import Workspace

/// Every kind of variant can become the plan of the week: its change is written to the canonical
/// files it touches (all of them or none, each logged with ids only) and its plan is kept as a new
/// plan, the plan that the files now give.
@Suite(.serialized) struct VariantAdoptionTests {
    /// The test week with an event.yaml that has comments, and other files replaced.
    static func folder(_ replaced: [String: String] = [:]) -> URL {
        let url = TestWeek.folder()
        let files = ["event.yaml": "# La semaine d'essai\nname: Semaine d'essai\nbassin: Nord-Ouest   # le bassin\ndefault_max_visits: 2   # la règle\n"]
            .merging(replaced) { _, new in new }
        for (name, text) in files { try! Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// Compares `form`'s variant, then keeps it; the answer to keeping it.
    static func adopt(_ client: any TestClientProtocol, _ week: TestWorkspace, _ form: [String: String]) async throws
        -> (status: HTTPResponse.Status, text: String, headers: HTTPFields) {
        #expect(try await client.post("/variants", form).status == .seeOther)
        await week.workspace.runs.waitUntilDone()
        let page = try await client.page("/variants", headers: [.acceptLanguage: "en"])
        #expect(page.text.contains("action=\"/variants/adopt\""), "every kind of variant can become the plan")
        let adopted = try await client.post("/variants/adopt", [:])
        #expect(adopted.text.contains("le planning de la variante est le planning "), "kept as it is, not planned again")
        return adopted
    }

    /// The one plan kept in the week's plans folder, read back against its input; and the tier
    /// values po-plan's importer and planner give when they read the week's files as they are now.
    static func keptAndReplanned(_ week: TestWorkspace) throws -> (kept: Plan, replanned: Plan) {
        let shelf = PlanShelf(url: week.workspace.week.plansURL)
        #expect(shelf.ids().count == 1, "one new plan folder")
        let id = try #require(shelf.ids().last)
        let kept = try LoadedPlan.load(week.workspace.week.plansURL.appendingPathComponent(id), input: nil, acceptBrokenRules: false)
        let reading = Importer.read(at: week.folder)
        let input = try #require(reading.input)
        #expect(!reading.hasErrors)
        return (kept.plan, Planner.plan(input))
    }

    /// The lines of changes.log written by the variants page: file and what, ids only.
    static func logged(_ week: TestWorkspace) -> [String] {
        let lines = week.file("changes.log").split(separator: "\n").map(String.init)
        for line in lines {
            for (_, personal) in TestWeek.names { for word in personal { #expect(!line.contains(word), "\(line)") } }
        }
        return lines.filter { $0.contains("\tvariants\t") && !$0.contains("\tplans/") }
            .map { $0.split(separator: "\t").dropFirst(2).joined(separator: "\t") }
    }

    @Test func mostVisitsBecomeTheEventsDefaultAndEveryVisitorAboveZerosLimit() async throws {
        let visitors = TestWeek.visitors
            .replacingOccurrences(of: "infirmière,,maison médicale,fr,fr,1,", with: "infirmière,,maison médicale,fr,fr,,")
            .replacingOccurrences(of: "Zed,zed@example.org,,,,fr,fr,1,", with: "Zed,zed@example.org,,,,fr,fr,0,")
        let week = TestWorkspace(folder: Self.folder(["visitors.csv": visitors]))
        try await week.test { client in
            let adopted = try await Self.adopt(client, week, ["kind": "maxVisits", "n": "1"])
            #expect(adopted.status == .ok, "\(adopted.text)")
            #expect(adopted.text.contains("Le changement est écrit dans event.yaml et visitors.csv ; le planning de la variante est le planning "))
        }
        let event = week.file("event.yaml")
        #expect(event == "# La semaine d'essai\nname: Semaine d'essai\nbassin: Nord-Ouest   # le bassin\ndefault_max_visits: 1   # la règle\n")
        let file = week.file("visitors.csv")
        #expect(["V1", "V2", "V3", "V4", "V5"].map { DecisionTests.value(file, $0, "max_visits") } == ["1", "1", "", "1", "0"],
                "an empty cell takes the new default; 0 stays 0")
        #expect(Self.logged(week) == ["event.yaml\tdefault_max_visits 1 (variant)", "visitors.csv\tmax_visits 1 where above 0 (variant)"])
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
        #expect(!kept.assignments.contains { $0.visitorID == "V5" })
    }

    @Test func underADefaultOfZeroAnEmptyMostVisitsStaysZero() async throws {
        let visitors = TestWeek.visitors
            .replacingOccurrences(of: "infirmière,,maison médicale,fr,fr,1,", with: "infirmière,,maison médicale,fr,fr,,")
        let week = TestWorkspace(folder: Self.folder(["event.yaml": "name: Semaine d'essai\ndefault_max_visits: 0\n", "visitors.csv": visitors]))
        try await week.test { client in
            let adopted = try await Self.adopt(client, week, ["kind": "maxVisits", "n": "3"])
            #expect(adopted.status == .ok, "\(adopted.text)")
        }
        #expect(week.file("event.yaml") == "name: Semaine d'essai\ndefault_max_visits: 3\n")
        #expect(DecisionTests.value(week.file("visitors.csv"), "V3", "max_visits") == "0")
        #expect(DecisionTests.value(week.file("visitors.csv"), "V1", "max_visits") == "3")
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
    }

    @Test func theObjectivesOrderIsWrittenToEventYaml() async throws {
        let week = TestWorkspace(folder: Self.folder())
        try await week.test { client in
            let adopted = try await Self.adopt(client, week, ["kind": "objective", "objective": "mix, coverage"])
            #expect(adopted.status == .ok, "\(adopted.text)")
            #expect(adopted.text.contains("Le changement est écrit dans event.yaml ; "))
        }
        #expect(week.file("event.yaml") == "# La semaine d'essai\nname: Semaine d'essai\nbassin: Nord-Ouest   # le bassin\n"
            + "default_max_visits: 2   # la règle\nobjective: [mix, coverage]\n")
        #expect(Self.logged(week) == ["event.yaml\tobjective mix coverage (variant)"])
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept.objective.map(\.tier) == [.mix, .coverage])
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
    }

    @Test func anAddedSessionIsANewRowOfSessionsCsv() async throws {
        let week = TestWorkspace(folder: Self.folder())
        let before = week.file("sessions.csv")
        try await week.test { client in
            let adopted = try await Self.adopt(client, week, ["kind": "add", "new_id": "S9", "host_id": "H2", "date": "2025-11-06",
                                                              "start": "14:00", "end": "15:30", "capacity": "2"])
            #expect(adopted.status == .ok, "\(adopted.text)")
            #expect(adopted.text.contains("sessions.csv"))
        }
        let sessions = week.file("sessions.csv")
        #expect(DecisionTests.row(sessions, "S9") == ["S9", "H2", "visit", "2025-11-06", "14:00", "15:30", "2", "1", ""],
                "the file's columns; no languages: the host's")
        for id in ["S1", "S2", "S3", "S4"] { #expect(DecisionTests.row(sessions, id) == DecisionTests.row(before, id)) }
        #expect(Self.logged(week) == ["sessions.csv\tS9 added (variant)"])
        let input = try #require(Importer.read(at: week.folder).input)
        #expect(input.session("S9")?.languages == input.host("H2")?.languages)
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
    }

    static let pins = "visitor_id,session_id,host_id,pin,note\nV1,S2,,no,\nV3,S1,,no,\nV2,,H3,no,\n"
    static let choosingS2 = TestWeek.visitors
        .replacingOccurrences(of: "nl;fr,2,H2;H1,", with: "nl;fr,2,\"H2; S2 ;H1\",")
        .replacingOccurrences(of: "en,nl;en,1,H2,", with: "en,nl;en,1,S2;S4,")

    @Test func aRemovedSessionGoesWithItsPinsAndTheChoicesNamingIt() async throws {
        let week = TestWorkspace(folder: Self.folder(["pins.csv": Self.pins, "visitors.csv": Self.choosingS2]))
        let before = week.file("visitors.csv")
        try await week.test { client in
            let adopted = try await Self.adopt(client, week, ["kind": "remove", "session_id": "S2"])
            #expect(adopted.status == .ok, "\(adopted.text)")
            #expect(adopted.text.contains("Le changement est écrit dans sessions.csv, pins.csv et visitors.csv ; "))
        }
        let sessions = week.file("sessions.csv"), visitors = week.file("visitors.csv"), pins = week.file("pins.csv")
        #expect(DecisionTests.row(sessions, "S2").isEmpty && !DecisionTests.row(sessions, "S4").isEmpty)
        #expect(pins == "visitor_id,session_id,host_id,pin,note\r\nV3,S1,,no,\r\nV2,,H3,no,\r\n")
        #expect(DecisionTests.value(visitors, "V2", "choices") == "H2;H1", "later choices move up")
        #expect(DecisionTests.value(visitors, "V4", "choices") == "S4")
        for id in ["V1", "V3", "V5"] {
            #expect(DecisionTests.value(visitors, id, "choices") == DecisionTests.value(before, id, "choices"), "cells not naming S2 are kept")
        }
        #expect(Self.logged(week) == ["sessions.csv\tS2 removed (variant)", "pins.csv\tpins of S2 removed (variant)",
                                      "visitors.csv\tS2 removed from choices (variant)"])
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
        #expect(!kept.assignments.contains { $0.sessionID == "S2" })
    }

    @Test func aFileChangedAfterTheComparisonBeganRefusesTheWholeChange() async throws {
        let week = TestWorkspace(folder: Self.folder(["pins.csv": Self.pins, "visitors.csv": Self.choosingS2]))
        try await week.test { client in
            #expect(try await client.post("/variants", ["kind": "remove", "session_id": "S2"]).status == .seeOther)
            await week.workspace.runs.waitUntilDone()
            // Another tab withdraws a visitor: visitors.csv, the last file the change touches, changed.
            #expect(try await client.post("/people/visitors/V5/withdraw", ["version": week.version("visitors.csv"), "withdrawn": "yes"]).status == .ok)
            let files = ["sessions.csv", "pins.csv", "visitors.csv", "event.yaml"].map { week.file($0) }
            let log = week.file("changes.log")
            let stale = try await client.post("/variants/adopt", [:])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("visitors.csv a changé depuis l&#39;affichage") || stale.text.contains("visitors.csv a changé depuis l'affichage"))
            #expect(["sessions.csv", "pins.csv", "visitors.csv", "event.yaml"].map { week.file($0) } == files, "nothing written")
            #expect(week.file("changes.log") == log, "nothing logged")
        }
        #expect(PlanShelf(url: week.workspace.week.plansURL).ids().isEmpty)
    }

    /// A comparison whose variant's week is not the one its files would give once written.
    struct MismatchedComparison: BackgroundPlanning {
        let adoptable: AdoptableVariant
        let language = "en"
        func run(say: @escaping @Sendable (String) -> Void) -> PlanRuns.Outcome { .compared(html: "", adoptable: adoptable) }
        func finished(_ outcome: PlanRuns.Outcome) async {}
    }

    @Test func aPlanTheFilesWouldNotGiveIsNotKeptButMadeAgain() async throws {
        let week = TestWorkspace(folder: Self.folder())
        let base = try #require(Importer.read(at: week.folder).input)
        let variant = PlanVariant.objective([.mix, .coverage])
        let empty = Plan(status: .optimal, objective: [], assignments: [], sessions: [], unassigned: [])
        let adoptable = AdoptableVariant(variant: variant, plan: empty, input: base, changes: AdoptableVariant.changes(of: variant, base: base),
                                         versions: Dictionary(uniqueKeysWithValues: AdoptableVariant.files(of: variant).map { ($0, week.version($0)) }))
        try await week.test { client in
            #expect(await week.workspace.runs.start(MismatchedComparison(adoptable: adoptable)))
            await week.workspace.runs.waitUntilDone()
            let answer = try await client.post("/variants/adopt", [:])
            #expect(answer.status == .ok)
            #expect(answer.text.contains("relus, ces fichiers ne donnent pas exactement la semaine de la variante"))
            await week.workspace.runs.waitUntilDone()
        }
        #expect(week.file("event.yaml").hasSuffix("objective: [mix, coverage]\n"))
        let (kept, replanned) = try Self.keptAndReplanned(week)
        #expect(kept != empty && !kept.assignments.isEmpty)
        #expect(kept.objective.map(\.tier) == [.mix, .coverage])
        #expect(kept.objective.map(\.value) == replanned.objective.map(\.value))
    }
}
