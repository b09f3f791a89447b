import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Workspace

/// Planning from the browser with its progress, the report, a person's page as they receive it,
/// marking a plan as sent, re-planning with as little change, the changes and their notices, and
/// the downloads (only from inside the plans folder).
@Suite(.serialized) struct PlanAndSendTests {
    /// Plans the week through the page and waits for the end; the new plan's id.
    static func plan(_ client: any TestClientProtocol, _ week: TestWorkspace, path: String = "/plan") async throws -> String {
        let before = Set(PlanShelf(url: week.workspace.week.plansURL).ids())
        let answer = try await client.post(path, [:])
        #expect(answer.status == .seeOther)
        #expect(answer.headers[.location] == "/plan")
        await week.workspace.runs.waitUntilDone()
        let after = PlanShelf(url: week.workspace.week.plansURL).ids()
        return try #require(after.first { !before.contains($0) })
    }

    /// A planning that says nothing until it is let go.
    struct SilentPlanning: BackgroundPlanning {
        let language = "fr"
        let gate = DispatchSemaphore(value: 0)
        func run(say: @escaping @Sendable (String) -> Void) -> PlanRuns.Outcome {
            gate.wait()
            return .failed("stopped by the test")
        }
        func finished(_ outcome: PlanRuns.Outcome) async {}
    }

    @Test func aPlanningThatHasNotSaidAnythingYetShowsItsProgressAllTheSame() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let job = SilentPlanning()
            #expect(await week.workspace.runs.start(job))
            // The page is asked before the planning's first line: the browser must follow it anyway.
            let page = try await client.page("/plan")
            #expect(page.text.contains("<section class=\"card\" id=\"progress\" data-events=\"/plan/events\">"))
            job.gate.signal()
            await week.workspace.runs.waitUntilDone()
        }
    }

    @Test func planningShowsEachTierLiveThenTheReport() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let answer = try await client.post("/plan", [:])
            #expect(answer.status == .seeOther && answer.headers[.location] == "/plan")
            // Followed while the planning runs: the stream ends with the planning.
            let events = try await client.page("/plan/events", headers: [.acceptLanguage: "en"])
            #expect(!(await week.workspace.runs.isRunning))
            await week.workspace.runs.waitUntilDone()
            let id = try #require(PlanShelf(url: week.workspace.week.plansURL).ids().first)
            #expect(events.headers[.contentType]?.hasPrefix("text/event-stream") == true)
            // The lines are in the language of the page that started the planning (French by default).
            #expect(events.text.hasPrefix("event: line\ndata: Lecture des fichiers de la semaine.\n\n"))
            #expect(events.text.contains("data: Lu : 3 structures, 4 plages, 5 inscriptions."))
            #expect(events.text.contains("data: Modèle construit :"))
            var last = events.text.startIndex
            // Each criterion by its name in the page's language, not the name in event.yaml.
            #expect(!events.text.contains("data: coverage"))
            for tier in ["servir le plus de visiteurs possible", "suivre l'ordre des choix", "faire se rencontrer des secteurs différents"] {
                let found = events.text.range(of: "data: \(tier) : [0-9]+ \\(borne [0-9]+\\)", options: .regularExpression)
                #expect(found != nil && found!.lowerBound > last, "\(tier), in the objective's order")
                last = found?.lowerBound ?? last
            }
            #expect(events.text.contains("event: done\ndata: {\"line\":\"Le planning \(id) est prêt.\",\"link\":\"\\/plans\\/\(id)\\/report.html\",\"report\":\"Open the report\"}\n\n"))
            let page = try await client.page("/plan", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("<li>Le planning \(id) est prêt.</li>") && page.text.contains("/plans/\(id)/report.html"))
            // Once the plan is made the heading says so, and the script says so when the end arrives.
            #expect(page.text.contains(">Planning ended</h2>") && !page.text.contains("Planning…"))
            let french = try await client.page("/plan", headers: [.acceptLanguage: "fr"])
            #expect(french.text.contains("<h2 id=\"progress-heading\" data-ended=\"Planification terminée\">Planification terminée</h2>"))
            let script = try await client.page("/workspace.js")
            #expect(script.text.contains("heading.textContent = heading.getAttribute(\"data-ended\")"))
            let report = try await client.page("/plans/\(id)/report.html")
            #expect(report.status == .ok && report.text.contains("<html"))
            let weekPage = try await client.page("/week", headers: [.acceptLanguage: "en"])
            #expect(weekPage.text.contains("\(id): "))
        }
        #expect(week.file("changes.log").contains("\tplan\tplans/"))
    }

    @Test func aVisitorsPageNamesNobodyElse() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            _ = try await Self.plan(client, week)
            for (id, own) in TestWeek.names {
                let page = try await client.page("/people/visitors/\(id)/page")
                #expect(page.status == .ok, "\(id)")
                #expect(page.text.contains(id == "V5" ? "&lt;script&gt;alert(1)&lt;/script&gt;" : own[0]), "\(id) sees their name")
                for (other, names) in TestWeek.names where other != id {
                    for name in names { #expect(!page.text.contains(name), "\(id)'s page names \(name)") }
                }
                #expect(!page.text.contains("<script>alert"))
            }
            let host = try await client.page("/people/hosts/H3/page")
            #expect(host.status == .ok && host.text.contains("CPAS Exemple"))
            #expect(try await client.page("/people/hosts/H9/page").status == .notFound)
            #expect(try await client.page("/people/visitors/V9/page").status == .notFound)
        }
    }

    @Test func markingSentThenReplanningShowsWhoIsAffectedWithTheirNotice() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let first = try await Self.plan(client, week)
            let unsent = try await client.page("/changes", headers: [.acceptLanguage: "en"])
            #expect(unsent.text.contains("No plan has been marked as sent"))
            let marked = try await client.post("/send/mark", ["plan": first])
            #expect(marked.status == .ok)
            #expect(PlanShelf(url: week.workspace.week.plansURL).sent == first)
            let same = try await client.page("/changes", headers: [.acceptLanguage: "en"])
            #expect(same.text.contains("The week&#39;s files are as when the plan was sent.") || same.text.contains("are as when the plan was sent"))
            #expect(try await client.post("/people/visitors/V1/withdraw", ["version": week.version("visitors.csv"), "withdrawn": "yes"]).status == .ok)
            #expect(try await client.post("/sessions/S4/capacity", ["version": week.version("sessions.csv"), "capacity": "5"]).status == .ok)
            let changed = try await client.page("/changes", headers: [.acceptLanguage: "en"])
            #expect(changed.text.contains("changed since the plan was sent"))
            #expect(changed.text.contains("<li>Alice Lambrechts (V1) withdrew</li>"))
            #expect(changed.text.contains("<li>Session S4 (Wijkgezondheidscentrum De Linde): 4 → 5 places</li>"))
            let second = try await Self.plan(client, week, path: "/changes/replan")
            let changes = try await client.page("/changes", headers: [.acceptLanguage: "en"])
            #expect(changes.text.contains("Changes of plan \(second)"))
            #expect(changes.text.contains("Alice Lambrechts"))
            #expect(changes.text.contains("<summary>Their notice:"))
            // French puts a space before a colon.
            let french = try await client.page("/changes", headers: [.acceptLanguage: "fr"])
            #expect(french.text.contains("<summary>Son avis : ") && !french.text.contains("Son avis:"))
            #expect(french.text.contains("Langue : <a"))
            #expect(changes.text.contains("Hosts whose roster changed"))
            let plans = try await client.page("/plan", headers: [.acceptLanguage: "en"])
            #expect(plans.text.contains("re-plan of \(first)"))
            let send = try await client.page("/send?plan=\(second)", headers: [.acceptLanguage: "en"])
            #expect(send.text.contains("/plans/\(second)/change-notices.zip"))
            let notices = try await client.execute(uri: "/plans/\(second)/change-notices.zip", method: .get, headers: TestWorkspace.cookie()) { $0 }
            #expect(notices.status == .ok)
            #expect(notices.headers[.contentType] == "application/zip")
            #expect(String(buffer: notices.body).hasPrefix("PK"))
        }
        let plan = try String(contentsOf: week.workspace.week.plansURL.appendingPathComponent(
            PlanShelf(url: week.workspace.week.plansURL).ids().last!).appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(plan.contains("\"previous\""))
        #expect(plan.contains("\"keep\""))
    }

    @Test func downloadsComeOnlyFromThePlansFolder() async throws {
        let week = TestWorkspace()
        try Data("secret outside the plans\n".utf8).write(to: week.folder.appendingPathComponent("notes.txt"))
        try await week.test { client in
            let id = try await Self.plan(client, week)
            for (uri, type) in [("mail-merge.csv", "text/csv"), ("mails.zip", "application/zip"), ("rosters.zip", "application/zip"),
                                ("sign-in.zip", "application/zip"), ("team-index.html", "text/html")] {
                let answer = try await client.execute(uri: "/plans/\(id)/\(uri)", method: .get, headers: TestWorkspace.cookie()) { $0 }
                #expect(answer.status == .ok, "\(uri)")
                #expect(answer.headers[.contentType]?.hasPrefix(type) == true, "\(uri)")
            }
            let merge = try await client.page("/plans/\(id)/mail-merge.csv")
            #expect(merge.headers[.contentDisposition] == "attachment; filename=\"mail-merge.csv\"")
            #expect(merge.text.contains("alice@example.org"))
            for uri in ["/plans/\(id)/..%2F..%2Fvisitors.csv", "/plans/..%2F/report.html", "/plans/\(id)/../../visitors.csv",
                        "/plans/\(id)/plan.json", "/plans/\(id)/input%2Fvisitors.csv", "/plans/\(id)/site/visitors/..%2F..%2Fplan.json",
                        "/plans/\(id)/site/..%2F..%2F/notes.txt", "/plans/..%2F..%2Fnotes.txt/report.html", "/plans/2025-01-01-000000/report.html",
                        "/plans/\(id)/%2E%2E%2Fsite.key", "/notes.txt", "/visitors.csv", "/plans/\(id)/site/visitors/x.html"] {
                let answer = try await client.page(uri)
                #expect(answer.status == .notFound || answer.status == .badRequest, "\(uri): \(answer.status)")
                #expect(!answer.text.contains("secret outside") && !answer.text.contains("alice@example.org") && !answer.text.contains("visitor_id"), "\(uri)")
            }
            let index = try await client.page("/plans/\(id)/team-index.html")
            // The published page's own policy: its inline search script, nothing from elsewhere, no form, no framing.
            #expect(index.headers[.contentSecurityPolicy] == "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'")
            #expect(index.headers[.xContentTypeOptions] == "nosniff")
            let link = try #require(index.text.range(of: "site/visitors/[a-z2-7]{26}\\.html", options: .regularExpression))
            let person = try await client.page("/plans/\(id)/\(index.text[link])")
            #expect(person.status == .ok)
        }
    }

    /// The first link of `page` matching `pattern`.
    static func link(_ page: String, _ pattern: String) throws -> String {
        let range = try #require(page.range(of: pattern, options: .regularExpression), "\(pattern)")
        return String(page[range])
    }

    @Test func theCalendarRosterAndSheetsLinkedFromAPersonsPageOpen() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let id = try await Self.plan(client, week)
            // A visitor's calendar, relative to their page in the workspace.
            let page = try await client.page("/people/visitors/V1/page")
            let ics = try Self.link(page.text, "[a-z2-7]{26}\\.ics")
            let calendar = try await client.page("/people/visitors/V1/\(ics)")
            #expect(calendar.status == .ok && calendar.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(calendar.text.hasPrefix("BEGIN:VCALENDAR"))
            // Another visitor's file is not served under this visitor's address.
            let other = try Self.link(try await client.page("/people/visitors/V2/page").text, "[a-z2-7]{26}\\.ics")
            #expect(other != ics)
            #expect(try await client.page("/people/visitors/V1/\(other)").status == .notFound)
            #expect(try await client.page("/people/visitors/V1/..%2F..%2Fplan.json").status == .notFound)
            // A host's calendar, roster and sign-in sheet, relative to its page.
            let host = try await client.page("/people/hosts/H2/page")
            let hostICS = try Self.link(host.text, "[a-z2-7]{26}\\.ics"), csv = try Self.link(host.text, "[a-z2-7]{26}\\.csv")
            let sheet = try Self.link(host.text, "[a-z2-7]{26}-S[0-9]\\.html")
            let hostCalendar = try await client.page("/people/hosts/H2/\(hostICS)")
            #expect(hostCalendar.status == .ok && hostCalendar.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(hostCalendar.text.hasPrefix("BEGIN:VCALENDAR"))
            let roster = try await client.page("/people/hosts/H2/\(csv)")
            #expect(roster.status == .ok && roster.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(roster.text.contains("S2") && roster.text.contains("Verhoeven"))
            let sign = try await client.page("/people/hosts/H2/\(sheet)")
            #expect(sign.status == .ok && sign.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(sign.text.contains("Wijkgezondheidscentrum De Linde"))
            #expect(try await client.page("/people/hosts/H1/\(csv)").status == .notFound)
            // The same files from the team index's pages, relative to them.
            let index = try await client.page("/plans/\(id)/team-index.html")
            let hostPage = try Self.link(index.text, "site/hosts/[a-z2-7]{26}\\.html")
            let published = try await client.page("/plans/\(id)/\(hostPage)")
            let base = "/plans/\(id)/site/hosts/"
            let indexCalendar = try await client.page(base + Self.link(published.text, "[a-z2-7]{26}\\.ics"))
            #expect(indexCalendar.status == .ok && indexCalendar.headers[.contentType]?.hasPrefix("text/calendar") == true)
            let indexRoster = try await client.page(base + Self.link(published.text, "[a-z2-7]{26}\\.csv"))
            #expect(indexRoster.status == .ok && indexRoster.headers[.contentType]?.hasPrefix("text/csv") == true)
        }
    }

    @Test func theTeamIndexsSignInSheetsOpen() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let id = try await Self.plan(client, week)
            let index = try await client.page("/plans/\(id)/team-index.html")
            let day = try Self.link(index.text, "sign-in/2025-11-0[0-9]\\.html")
            let sheets = try await client.page("/plans/\(id)/\(day)")
            #expect(sheets.status == .ok && sheets.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(sheets.text.contains("Semaine d&#39;essai") || sheets.text.contains("Semaine d'essai"))
            #expect(sheets.headers[.contentSecurityPolicy] == AccessMiddleware.publishedPolicy)
            for uri in ["/plans/\(id)/sign-in/2025-12-31.html", "/plans/\(id)/sign-in/..%2Fplan.json", "/plans/\(id)/sign-in/..%2Fsite.key"] {
                #expect(try await client.page(uri).status == .notFound, "\(uri)")
            }
        }
    }

    @Test func aVariantIsPlannedAndComparedWithoutTouchingTheWeek() async throws {
        let week = TestWorkspace()
        let files = ["visitors.csv", "sessions.csv", "hosts.csv", "event.yaml"].map { week.file($0) }
        try await week.test { client in
            let refused = try await client.post("/variants", ["kind": "resize", "session_id": "S9", "capacity": "3"])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("S9"))
            let nothing = try await client.post("/variants", ["kind": "magic"])
            #expect(nothing.status == .badRequest)
            let answer = try await client.post("/variants", ["kind": "maxVisits", "n": "1"])
            #expect(answer.status == .seeOther)
            await week.workspace.runs.waitUntilDone()
            let events = try await client.page("/plan/events")
            #expect(events.text.contains("\"link\":\"\\/variants\""))
            let page = try await client.page("/variants", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            #expect(page.text.contains("class=\"plan-comparison\""))
            #expect(page.text.contains("At most 1 visit per person") || page.text.contains("Au plus 1 visite par personne"))
        }
        #expect(["visitors.csv", "sessions.csv", "hosts.csv", "event.yaml"].map { week.file($0) } == files)
        #expect(PlanShelf(url: week.workspace.week.plansURL).ids().isEmpty)
    }

    @Test func anAddedSessionIsComparedWithTheWeekAsItIs() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let taken = try await client.post("/variants", ["kind": "add", "new_id": "S1", "host_id": "H2", "date": "2025-11-04",
                                                            "start": "10:00", "end": "11:00", "capacity": "2"])
            #expect(taken.status == .badRequest, "an id already taken")
            let answer = try await client.post("/variants", ["kind": "add", "new_id": "S9", "host_id": "H2", "date": "2025-11-06",
                                                             "start": "14:00", "end": "15:30", "capacity": "2"])
            #expect(answer.status == .seeOther)
            await week.workspace.runs.waitUntilDone()
            let page = try await client.page("/variants", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("Session S9 ajoutée : Wijkgezondheidscentrum De Linde"), "in the language of the page that asked for it")
            #expect(page.text.contains("action=\"/variants/adopt\""), "it can become the plan")
            #expect(page.text.contains("(Places: ↑)"))
            #expect(try await client.page("/variants").text.contains("(Places : ↑)"), "French puts a space before a colon")
        }
        #expect(!week.file("sessions.csv").contains("S9"))
    }

    @Test func aResizedSessionVariantCanBecomeThePlanUnlessTheFileChanged() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let nothing = try await client.post("/variants/adopt", [:])
            #expect(nothing.status == .conflict, "nothing compared yet")
            #expect(!nothing.text.contains("action=\"/variants/adopt\""))

            // Compared, then the file changes in another tab: the change is refused.
            #expect(try await client.post("/variants", ["kind": "resize", "session_id": "S2", "capacity": "1"]).status == .seeOther)
            await week.workspace.runs.waitUntilDone()
            #expect(try await client.post("/sessions/S4/capacity", ["version": week.version("sessions.csv"), "capacity": "5"]).status == .ok)
            let stale = try await client.post("/variants/adopt", [:])
            #expect(stale.status == .conflict)
            #expect(DecisionTests.value(week.file("sessions.csv"), "S2", "capacity") == "3")

            #expect(try await client.post("/variants", ["kind": "resize", "session_id": "S2", "capacity": "1"]).status == .seeOther)
            await week.workspace.runs.waitUntilDone()
            let page = try await client.page("/variants", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("action=\"/variants/adopt\""))
            let adopted = try await client.post("/variants/adopt", [:])
            #expect(adopted.status == .ok, "\(adopted.text)")
            #expect(adopted.text.contains("sessions.csv"))
        }
        #expect(DecisionTests.value(week.file("sessions.csv"), "S2", "capacity") == "1")
        let shelf = PlanShelf(url: week.workspace.week.plansURL)
        let id = try #require(shelf.ids().last)
        let data = try Data(contentsOf: week.workspace.week.plansURL.appendingPathComponent(id).appendingPathComponent("plan.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let assignments = try #require(root["assignments"] as? [[String: Any]])
        #expect(!assignments.isEmpty)
        #expect(assignments.filter { $0["session_id"] as? String == "S2" }.count <= 1, "at most one visitor in S2")
        #expect(week.file("changes.log").contains("\tvariants\tsessions.csv\tS2 capacity 1 (variant)"))
    }

    /// A planning that takes a moment and makes nothing.
    struct SlowPlanning: BackgroundPlanning {
        let language = "en"
        func run(say: @escaping @Sendable (String) -> Void) -> PlanRuns.Outcome {
            say("thinking")
            Thread.sleep(forTimeInterval: 1)
            return .failed("nothing made")
        }
        func finished(_ outcome: PlanRuns.Outcome) async {}
    }

    @Test func onePlanningAtATime() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            #expect(await week.workspace.runs.start(SlowPlanning()))
            let busy = try await client.post("/plan", [:])
            #expect(busy.status == .conflict)
            #expect(busy.text.contains("Un planning est déjà en cours"))
            #expect(try await client.post("/changes/replan", [:]).status == .conflict, "nothing was sent: refused too")
            #expect(try await client.post("/variants", ["kind": "maxVisits", "n": "1"]).status == .conflict)
            await week.workspace.runs.waitUntilDone()
            let events = try await client.page("/plan/events")
            #expect(events.text == "event: line\ndata: thinking\n\nevent: failed\ndata: nothing made\n\n")
        }
        #expect(PlanShelf(url: week.workspace.week.plansURL).ids().isEmpty)
    }
}
