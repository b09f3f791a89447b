import Foundation
import Testing
@testable import Import

/// Nothing is lost: every data row of every fixture ends in the canonical folder or in the report.
@Suite("rows in and out")
struct RowAccountingTests {
    @Test(arguments: FormFixtures.all)
    func everyRowIsCarriedOverOrReported(_ fixture: String) {
        let outcome = FormFixtures.importing(fixture)
        #expect(!outcome.counts.isEmpty)
        for count in outcome.counts {
            #expect(count.rowsIn == count.rowsOut + count.rowsLeftOut + count.rowsMerged, "\(count)")
            #expect(outcome.merged.filter { $0.source == count.source }.count == count.rowsMerged)
            let reported = outcome.leftOut.filter { $0.source == count.source }
            #expect(reported.count == count.rowsLeftOut, "\(count.source)")
            #expect(reported.allSatisfy { !$0.reasons.isEmpty })
        }
        let report = outcome.file("import-report.md") ?? ""
        for row in outcome.leftOut { #expect(report.contains(row.location)) }
    }

    @Test func countsTheRowsOfTheWindows1252Export() {
        let counts = FormFixtures.importing("forms-cp1252").counts.map { [$0.kind, "\($0.rowsIn)", "\($0.rowsOut)"] }
        // structures.csv has 7 lines of hosts, one of them blank: 6 rows.
        #expect(counts == [["hosts", "6", "5"], ["sessions", "9", "5"], ["visitors", "8", "5"]])
    }

    @Test func writtenFilesHoldTheCarriedRows() {
        for fixture in FormFixtures.all {
            let outcome = FormFixtures.importing(fixture)
            for count in outcome.counts where count.kind != "sessions" || fixture != "forms-utf8" {
                #expect(outcome.recordCount("\(count.kind).csv") == count.rowsOut, "\(fixture) \(count.kind)")
            }
        }
    }

    @Test func sessionsOfAHostLeftOutAreLeftOutWithTheReason() {
        let outcome = FormFixtures.importing("forms-cp1252")
        let row = outcome.leftOut.first { $0.location == "momenten.csv:7" }
        #expect(row?.reasons == ["its host H006 (structures.csv:8) is not carried over"])
        #expect(outcome.has("inscriptions.csv:4:11: warning: choices: 'H006' is left out of this visitor's choices "
            + "because its row is not carried over; fix that row and import again"))
    }

    @Test func aCleanImportHasNothingLeftOutAndCanBePlanned() throws {
        let outcome = Importer.importSource(at: FormFixtures.repository.appendingPathComponent("examples/grand-bain"))
        #expect(outcome.leftOut.isEmpty)
        #expect(outcome.reading.errors.isEmpty)
        let input = try #require(outcome.reading.input)
        #expect(input.visitors.count == outcome.counts.first { $0.kind == "visitors" }?.rowsIn)
    }
}
