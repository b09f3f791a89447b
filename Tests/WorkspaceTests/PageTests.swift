import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Workspace

/// The pages as a coordinator reads them: the week, the inputs and their problems, people, in the
/// browser's language or the one chosen; names shown as text.
@Suite struct PageTests {
    @Test func theWeekShowsTheEventAndItsCounts() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let page = try await client.page("/week", headers: [.acceptLanguage: "en-GB,en;q=0.9"])
            #expect(page.status == .ok)
            #expect(page.text.contains("3 hosts, 4 sessions, 5 registrations."))
            #expect(page.text.contains("No plan yet."))
            #expect(page.text.contains("Nord-Ouest"))
        }
    }

    @Test func theLanguageFollowsTheBrowserAndTheSwitch() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let dutch = try await client.page("/week", headers: [.acceptLanguage: "nl-BE,nl;q=0.9,fr;q=0.8"])
            #expect(dutch.text.contains("<html lang=\"nl\">") && dutch.text.contains("3 gastorganisaties, 4 tijdsloten, 5 inschrijvingen."))
            let french = try await client.page("/week", headers: [.acceptLanguage: "de-DE"])
            #expect(french.text.contains("<html lang=\"fr\">") && french.text.contains("3 structures, 4 plages, 5 inscriptions."))
            let switched = try await client.page("/week?lang=en", headers: [.acceptLanguage: "nl"])
            #expect(switched.text.contains("<html lang=\"en\">"))
            #expect(switched.headers[.setCookie]?.contains("po-plan-lang=en") == true)
            let kept = try await client.page("/inputs", headers: [.acceptLanguage: "nl", .cookie: "po-plan-access=\(TestWorkspace.secrets.access); po-plan-lang=en"])
            #expect(kept.text.contains("<html lang=\"en\">"))
        }
    }

    @Test func inputsShowEveryProblemWithFileRowAndColumnErrorsFirst() async throws {
        let week = TestWorkspace()
        let broken = TestWeek.visitors.replacingOccurrences(of: "V2,Bart,Verhoeven,bart@example.org,maatschappelijk werker,,CAW,nl,nl;fr,2,H2;H1",
                                                            with: "V2,Bart,Verhoeven,bart@example.org,maatschappelijk werker,,CAW,nl,nl;fr,2,H2;H9")
        try Data(broken.utf8).write(to: week.folder.appendingPathComponent("visitors.csv"))
        try await week.test { client in
            let page = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            for name in ["event.yaml", "hosts.csv", "sessions.csv", "visitors.csv"] { #expect(page.text.contains("<li>\(name) ")) }
            let rows = page.text.components(separatedBy: "<tr class=").dropFirst()
            let first = try #require(rows.first)
            #expect(first.hasPrefix("\"cancelled\"") && first.contains("<td>error</td>"), "\(first)")
            #expect(first.contains("<td>visitors.csv</td>") && first.contains("<td class=\"num\">3</td>") && first.contains("H9"), "\(first)")
            #expect(page.text.contains("1 error(s)"))
        }
    }

    @Test func anUploadIsStoredCheckedAndLoggedWithoutNames() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let added = TestWeek.visitors + "V6,Eva,Nieuw,eva@example.org,,,,nl,nl,1,H2,,no,no,2025-10-06T10:00:00+02:00\n"
            let answer = try await client.upload([("visitors.csv", Data(added.utf8))])
            #expect(answer.status == .ok)
            #expect(answer.text.contains("visitors.csv"))
            let weekPage = try await client.page("/week", headers: [.acceptLanguage: "en"])
            #expect(weekPage.text.contains("6 registrations"))
        }
        #expect(week.file("visitors.csv").contains("V6,Eva,Nieuw"))
        let log = week.file("changes.log")
        #expect(log.contains("\tinputs\tvisitors.csv\tupload"))
        #expect(!log.contains("Eva") && !log.contains("Nieuw"))
    }

    @Test func anUploadNamedOutsideTheFolderOrTooLargeIsRefused() async throws {
        let week = TestWorkspace()
        let outside = week.folder.deletingLastPathComponent().appendingPathComponent("evil-\(UUID().uuidString).csv")
        try await week.test { client in
            for name in ["../\(outside.lastPathComponent)", "/tmp/x.csv", "..\\x.csv", ".hidden.csv", "run.sh", "plans/x.csv"] {
                let answer = try await client.upload([(name, Data("a,b\n".utf8))])
                #expect(answer.status == .badRequest, "\(name)")
            }
            let large = Data(repeating: UInt8(ascii: "x"), count: WorkspaceContext.uploadLimit + 1)
            let answer = try await client.upload([("big.csv", large)])
            #expect(answer.status == .contentTooLarge)
            #expect(answer.text.contains("16 MB"))
        }
        #expect(!FileManager.default.fileExists(atPath: outside.path))
        #expect(!FileManager.default.fileExists(atPath: week.folder.appendingPathComponent("big.csv").path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/x.csv") || true)
        #expect(!FileManager.default.fileExists(atPath: week.folder.appendingPathComponent("run.sh").path))
    }

    @Test func peopleAreFoundAndNamesAreShownAsText() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let all = try await client.page("/people")
            #expect(all.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Zed"))
            #expect(!all.text.contains("<script>alert"))
            let found = try await client.page("/people?q=verhoeven")
            #expect(found.text.contains("Bart Verhoeven") && !found.text.contains("Alice"))
            let host = try await client.page("/people?q=tilleuls")
            #expect(host.text.contains("Maison médicale Les Tilleuls") && !host.text.contains("De Linde"))
            let hostile = try await client.page("/people?q=%3Cscript%3Ealert(2)%3C%2Fscript%3E")
            #expect(!hostile.text.contains("<script>alert(2)") && hostile.text.contains("&lt;script&gt;alert(2)"))
            let person = try await client.page("/people/visitors/V5")
            #expect(person.status == .ok && person.text.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Zed"))
            let nobody = try await client.page("/people/visitors/V99")
            #expect(nobody.status == .notFound)
        }
    }

    @Test func supplyAndDemandShowsPlacesAgainstChoicesBeforePlanning() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            let page = try await client.page("/supply", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            #expect(page.text.contains("<a href=\"/supply\" aria-current=\"page\">Supply and demand</a>"))
            #expect(page.text.contains("Supply and demand, before matching"))
            #expect(page.text.contains("5 registered visitors may get up to 7 visits; 4 sessions offer 10 places."))
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("Wijkgezondheidscentrum De Linde"))
            #expect(!page.text.contains("<script>alert"))
            let dutch = try await client.page("/supply", headers: [.acceptLanguage: "nl"])
            #expect(dutch.text.contains("<html lang=\"nl\">"))
        }
    }
}
