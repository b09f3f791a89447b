import Foundation
import Scheduling
import Testing
@testable import Publish

/// Issue 10, defect 1 ("two ids, one file"): every person gets their own files, whatever their ids.
struct FileNameTests {
    /// Ids that the old naming gave the same file (on a case-sensitive disk, on one that ignores
    /// case, or on Windows).
    static let clashingIDs = ["V0001_", "V0001/", ".", "..", "A/1", "A_1", "A:1", "ab", "AB", "Ab", "CON", "con.txt",
                              "NUL", "LPT1", "x~1", "trailing.", ".hidden", String(repeating: "é", count: 300)]

    static func publication(ids: [String]) -> (Publication, PlanningInput) {
        let visitors = ids.enumerated().map { i, id in
            Visitor(id: id, firstName: "Person\(i)x", lastName: "Number\(i)", email: "p\(i)@example.org",
                    languages: ["fr"], maxVisits: 1)
        }
        let hosts = ids.enumerated().map { i, id in
            Host(id: id, name: "Host number \(i)", languages: ["fr"], contactEmail: "h\(i)@example.org")
        }
        let input = PlanningInput(event: Fixture.event, hosts: hosts, sessions: [], visitors: visitors)
        let plan = Plan(status: .optimal, objective: [], assignments: [], sessions: [],
                        unassigned: visitors.map { UnassignedVisitor(visitorID: $0.id, reason: .noChoices) })
        let options = PublicationOptions(siteKey: Fixture.siteKey, eml: true)
        return (Publication(plan: plan, input: input, options: options), input)
    }

    @Test func twoIDsOneFile() {
        let (publication, input) = Self.publication(ids: Self.clashingIDs)
        let paths = publication.files.map(\.path)
        // One file per path, even on a disk that ignores case.
        #expect(Set(paths.map { $0.lowercased() }).count == paths.count)
        for folder in ["schedules/", "mails/eml/visitor-", "mails/eml/host-"] {
            #expect(paths.filter { $0.hasPrefix(folder) }.count == Self.clashingIDs.count, "\(folder)")
        }
        #expect(paths.filter { $0.hasPrefix("rosters/") && $0.hasSuffix(".md") }.count == Self.clashingIDs.count)
        // Each schedule holds its own person and nobody else.
        let names = FileNames(ids: input.visitors.map(\.id))
        for (i, visitor) in input.visitors.enumerated() {
            let file = publication.files.first { $0.path == "schedules/\(names[visitor.id]).md" }
            #expect(file?.text.contains("Person\(i)x") == true, "schedule of \(visitor.id)")
            let others = input.visitors.indices.filter { $0 != i }.map { "Person\($0)x" }
            #expect(!others.contains { file?.text.contains($0) == true }, "schedule of \(visitor.id)")
        }
    }

    @Test func namesAreSafeOnEverySystem() {
        let names = FileNames(ids: Self.clashingIDs)
        for id in Self.clashingIDs {
            let name = names[id]
            #expect(!name.hasPrefix("."), "\(id) → \(name)")
            #expect(!name.hasSuffix("."), "\(id) → \(name)")
            #expect(!FileNames.isReservedOnWindows(name), "\(id) → \(name)")
            #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0 != "/" && $0 != "\\" && $0 != ":" })
            #expect(name.utf8.count <= 200)
        }
        #expect(FileNames.isReservedOnWindows("com7.md") && !FileNames.isReservedOnWindows("COMX"))
    }

    @Test func plainIDsKeepTheirNameAndNamesDoNotDependOnOtherIDsOrder() {
        let names = FileNames(ids: ["V001", "H-2_b.x"])
        #expect(names["V001"] == "V001" && names["H-2_b.x"] == "H-2_b.x")
        // The digest of a changed id is the same whatever else is in the week.
        #expect(FileNames(ids: ["A/1"])["A/1"] == FileNames(ids: ["B", "A/1", "C"])["A/1"])
        #expect(FileNames(ids: ["A/1"])["A/1"].hasPrefix("A_1~"))
        #expect(Publication.calendarFileName(Fixture.event) == "le-grand-bain.ics")
    }
}
