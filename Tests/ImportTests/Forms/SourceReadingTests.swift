import Foundation
import Testing
@testable import Import

/// CSV files in the encodings and delimiters Excel writes, workbooks, and how places are named.
@Suite("reading sources")
struct SourceReadingTests {
    @Test func windows1252IsDecodedWithAWarning() {
        var diagnostics: [Diagnostic] = []
        let bytes = Data([0x4E, 0x6F, 0x6D, 0x3B, 0x4C, 0x61, 0x6E, 0x67, 0x75, 0x65, 0x73, 0x0D, 0x0A,  // Nom;Langues
                          0x4E, 0x6F, 0xEB, 0x6C, 0x3B, 0x46, 0x72, 0x61, 0x6E, 0xE7, 0x61, 0x69, 0x73, 0x0D, 0x0A])
        let table = CSVSource.read(bytes, file: "x.csv", diagnostics: &diagnostics)
        #expect(table.delimiter == ";")
        #expect(table.dataRows.first?.texts == ["Noël", "Français"])
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func utf8WithByteOrderMarkAndTabsIsReadAsIs() {
        var diagnostics: [Diagnostic] = []
        let table = CSVSource.read(Data("\u{FEFF}Naam\tTalen\n\"Huis\nZeil\"\tNL\n".utf8), file: "x.csv",
                                   diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(table.delimiter == "\t")
        #expect(table.dataRows.first?.texts == ["Huis\nZeil", "NL"])
    }

    @Test func theDelimiterIsTheCommonestOutsideQuotes() {
        #expect(CSVSource.detectDelimiter(Data("\"a;b\",c,d\n".utf8)) == ",")
        #expect(CSVSource.detectDelimiter(Data("\n\na;b;c\n".utf8)) == ";")
        #expect(CSVSource.detectDelimiter(Data("single\n".utf8)) == ",")
    }

    @Test func aWorkbookGivesItsSheetsInOrderWithCellText() throws {
        var diagnostics: [Diagnostic] = []
        let data = try Data(contentsOf: FormFixtures.url("forms-xlsx").appendingPathComponent("portes-ouvertes.xlsx"))
        let workbook = try XLSXWorkbook(data, file: "po.xlsx", diagnostics: &diagnostics)
        #expect(workbook.sheets.map(\.name) == ["Structures", "Momenten", "Inschrijvingen", "Notes"])
        let sessions = workbook.sheets[1].table
        #expect(sessions.records[1].texts == ["Maison médicale Le Noyer", "2025-11-04", "09:30", "11:00", "4",
                                              "Visite du matin"])
        #expect(workbook.sheets[0].table.records[1].texts == ["Maison médicale Le Noyer", "Français", "TRUE",
                                                              "50.8262", "4.3711"])
        #expect(workbook.sheets[2].table.records[1].texts.first == "2025-10-20 09:15")
        #expect(diagnostics.map(\.location) == ["po.xlsx:Momenten!E7"])
    }

    @Test func aFileThatIsNoWorkbookIsAnError() {
        var diagnostics: [Diagnostic] = []
        #expect(throws: XLSXWorkbook.Failure.self) {
            try XLSXWorkbook(Data("not a zip".utf8), file: "x.xlsx", diagnostics: &diagnostics)
        }
    }

    @Test func customNumberFormatsTellDatesFromNumbers() {
        #expect(XLSXNumberFormats.shows(code: "dd/mm/yyyy") == .date)
        #expect(XLSXNumberFormats.shows(code: "h:mm") == .time)
        #expect(XLSXNumberFormats.shows(code: "yyyy-mm-dd h:mm:ss") == .dateTime)
        #expect(XLSXNumberFormats.shows(code: "0.00\" places\"") == .number)
        #expect(XLSXNumberFormats.shows(code: "[Red]0") == .number)
    }

    @Test func placesInWorkbooksAreNamedBySheetAndCell() {
        #expect(Diagnostic.error("x", file: "i.xlsx", sheet: "Feuil1", line: 4, column: 3).description
            == "i.xlsx:Feuil1!C4: error: x")
        #expect(Diagnostic.error("x", file: "i.xlsx", sheet: "Mes inscriptions", line: 4).location
            == "i.xlsx:'Mes inscriptions'!4:4")
        #expect(Diagnostic.error("x", file: "hosts.csv", line: 4, column: 3).description == "hosts.csv:4:3: error: x")
        #expect(CellReference.columnLetters(28) == "AB")
        #expect(CellReference.parse("AB12")?.column == 28)
    }

    @Test func tablesAreFoundByTheirNamesInThreeLanguages() {
        #expect(TableKind.named("Inscriptions PO 2025.xlsx") == .visitors)
        #expect(TableKind.named("deelnemers.csv") == .visitors)
        #expect(TableKind.named("structures d'accueil.csv") == .hosts)
        #expect(TableKind.named("Créneaux") == .sessions)
        #expect(TableKind.named("Momenten") == .sessions)
        #expect(TableKind.named("Notes") == nil)
    }
}
