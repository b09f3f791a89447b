import Foundation
import Scheduling
import Testing
@testable import Import

/// Reading back the attendance file the team filled in: as Excel saves a CSV in a Belgian locale,
/// as an `.xlsx` workbook, and every mistake at its place with its message.
@Suite struct AttendanceFileTests {
    static let folder = FormFixtures.folder.appendingPathComponent("attendance")

    /// The input of the small week of CommandTests, and its plan (as `po-plan plan` makes it).
    static let input = InputFolder.read(at: FormFixtures.repository.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")).input!
    static let plan = Plan(status: .optimal, objective: [], assignments: [
        Assignment(visitorID: "V1", sessionID: "S1", rank: 1), Assignment(visitorID: "V2", sessionID: "S1", rank: 2),
        Assignment(visitorID: "V2", sessionID: "S2", rank: 1), Assignment(visitorID: "V3", sessionID: "S3", rank: 1),
        Assignment(visitorID: "V1", sessionID: "S4", rank: 2), Assignment(visitorID: "V4", sessionID: "S4", rank: 1),
    ], sessions: [], unassigned: [])

    static func read(_ name: String) -> AttendanceFile.Reading {
        AttendanceFile.read(at: folder.appendingPathComponent(name), plan: plan, input: input)
    }

    static func present(_ reading: AttendanceFile.Reading) -> [String] {
        reading.marks.filter(\.present).map { "\($0.visitorID)@\($0.sessionID)" }.sorted()
    }

    @Test func excelSavedCSVIsReadWithOuiJaAndX() {
        let reading = Self.read("attendance-excel.csv")
        #expect(!reading.hasErrors, "\(reading.diagnostics)")
        #expect(Self.present(reading) == ["V1@S1", "V1@S4", "V2@S1", "V3@S3"], "oui, x, Ja and OUI are present; empty and non are not")
        #expect(reading.marks.count == 6, "a mark for every visit of the plan")
        #expect(reading.diagnostics.map(\.description).contains { $0.contains("read as Windows-1252") })
    }

    @Test func workbookIsReadWithTextBooleanAndNumberCells() {
        let reading = Self.read("attendance.xlsx")
        #expect(!reading.hasErrors, "\(reading.diagnostics)")
        #expect(Self.present(reading) == ["V1@S1", "V1@S4", "V2@S1", "V3@S3"], "X, Oui, TRUE and 1 are present; empty and nee are not")
    }

    @Test func everyMistakeIsAnErrorAtItsLineAndColumn() {
        let reading = Self.read("attendance-mistakes.csv")
        let errors = reading.diagnostics.filter(\.isError).map(\.description)
        #expect(errors == [
            "attendance-mistakes.csv:3:1: error: there is no visitor 'V9' in this plan; a person who did not register gets no certificate: leave the row out",
            "attendance-mistakes.csv:4:3: error: there is no session 'S7' in this plan",
            "attendance-mistakes.csv:5:1: error: visitor 'V3' was not expected at session 'S1' in this plan: this row matches no visit of the plan",
            "attendance-mistakes.csv:6:1: error: visitor 'V1' at session 'S1' is already on line 2",
            "attendance-mistakes.csv:7:7: error: present must say whether the person came: oui, ja, yes or x when they came, empty or non, nee, no when they did not; found 'peut-être'",
            "attendance-mistakes.csv:8:1: error: visitor_id is empty: every row needs the visitor's id as po-plan wrote it",
        ])
        #expect(reading.diagnostics.contains { !$0.isError && $0.message.hasPrefix("4 expected visit(s) of the plan have no row") })
    }

    @Test func workbookMistakesAreLocatedBySheetAndCell() {
        let errors = Self.read("attendance-mistakes.xlsx").diagnostics.filter(\.isError).map(\.description)
        #expect(errors == [
            "attendance-mistakes.xlsx:Présences!C3: error: there is no session 'S9' in this plan",
            "attendance-mistakes.xlsx:Présences!G4: error: present must say whether the person came: oui, ja, yes or x when they came, empty or non, nee, no when they did not; found 'bof'",
        ])
    }

    @Test func aFileWithoutThePresentColumnIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attendance-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("visitor_id;session_id;venu\r\nV1;S1;oui\r\n".utf8).write(to: url)
        let reading = AttendanceFile.read(at: url, plan: Self.plan, input: Self.input)
        #expect(reading.diagnostics.map(\.message) == [
            "the column(s) 'present' are missing: keep the header row of the attendance.csv that po-plan wrote",
        ])
        #expect(reading.marks.isEmpty)
    }
}
