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

    @Test func anUnknownChoiceShowsTheValueFoundAndTheIdProbablyMeant() async throws {
        let week = TestWorkspace()
        let broken = TestWeek.visitors.replacingOccurrences(of: "V3,Chloé,Dufour,chloe@example.org,infirmière,,maison médicale,fr,fr,1,H3;H1",
                                                            with: "V3,Chloé,Dufour,chloe@example.org,infirmière,,maison médicale,fr,fr,1,H3;S9")
        try Data(broken.utf8).write(to: week.folder.appendingPathComponent("visitors.csv"))
        try await week.test { client in
            let page = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            let row = try #require(page.text.components(separatedBy: "<tr class=").dropFirst().first { $0.contains("is neither") })
            // The message's value and suggestion, in their own columns: found, then suggestion, closing the row.
            #expect(row.contains("did you mean &#39;S1&#39;?</td><td>S9</td><td>S1</td></tr>") || row.contains("did you mean 'S1'?</td><td>S9</td><td>S1</td></tr>"), "\(row)")
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

    @Test func aFileChangedOutsideTheWorkspaceIsReadAgain() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            #expect(try await client.page("/week", headers: [.acceptLanguage: "en"]).text.contains("5 registrations"))
            // As Excel or the command line would: the file replaced by another.
            let added = TestWeek.visitors + "V6,Eva,Nieuw,eva@example.org,,,,nl,nl,1,H2,,no,no,2025-10-06T10:00:00+02:00\n"
            try Data(added.utf8).write(to: week.folder.appendingPathComponent("visitors.csv"), options: .atomic)
            #expect(try await client.page("/week", headers: [.acceptLanguage: "en"]).text.contains("6 registrations"))
        }
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

/// Form exports brought through the inputs page: rows per file, the draft mapping, then the
/// canonical files written from them, which the team's decisions then change.
@Suite struct ExportTests {
    static let exports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ImportTests/Fixtures/forms-utf8")

    @Test func exportsWithMistakesAreShownFixedThenWrittenAsCanonicalFiles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("po-plan-exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let week = TestWorkspace(folder: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.exports.path).sorted()
        let files = try names.map { ($0, try Data(contentsOf: Self.exports.appendingPathComponent($0))) }
        try await week.test { client in
            let empty = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(empty.text.contains("The week's folder holds no input file yet."))
            let answer = try await client.upload(files)
            #expect(answer.status == .ok, "\(answer.text)")
            let page = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("<li>structures d&#39;accueil.csv "))
            #expect(page.text.contains("<td>deelnemers.csv</td><td>visitors</td><td class=\"num\">6</td><td class=\"num\">3</td>"))
            #expect(page.text.contains("<summary>Which column holds which field"))
            #expect(page.text.contains("3 error(s)"))
            // The deliberate mistake, at its row and column, with the nearest name as suggestion.
            let row = try #require(page.text.components(separatedBy: "<tr class=").first { $0.contains("Huis Nergens") })
            #expect(row.contains("<td>deelnemers.csv</td>") && row.contains("<td class=\"num\">6</td>") && row.contains("<td>8</td>"), "\(row)")
            #expect(row.contains("Sociaal Huis Het Zeil"))
            #expect(!page.text.contains("action=\"/inputs/import\""), "no import while there are errors")
            #expect(try await client.post("/inputs/import", [:]).status == .conflict)

            func fixed(_ name: String, _ edit: (String) -> String) throws -> (String, Data) {
                (name, Data(edit(try String(contentsOf: Self.exports.appendingPathComponent(name), encoding: .utf8)).utf8))
            }
            let corrected = try [
                fixed("deelnemers.csv") { $0.replacingOccurrences(of: "Huis Nergens", with: "Sociaal Huis Het Zeil")
                    .replacingOccurrences(of: "misschien", with: "x") },
                fixed("structures d'accueil.csv") { $0.replacingOccurrences(of: "25u-26u", with: "9u-11u") },
            ]
            #expect(try await client.upload(corrected).status == .ok)
            let clean = try await client.page("/inputs", headers: [.acceptLanguage: "en"])
            #expect(!clean.text.contains("<td>error</td>"), "\(clean.text)")
            #expect(clean.text.contains("action=\"/inputs/import\""))
            let imported = try await client.post("/inputs/import", [:])
            #expect(imported.status == .ok, "\(imported.text)")
            #expect(imported.text.contains("hosts.csv") && imported.text.contains("visitors.csv"))
            let after = try await client.page("/people?q=wouters")
            #expect(after.text.contains("Lotte Wouters"))
        }
        for name in ["hosts.csv", "sessions.csv", "visitors.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        #expect(!week.file("changes.log").contains("Lotte") && !week.file("changes.log").contains("Wouters"))
    }
}
