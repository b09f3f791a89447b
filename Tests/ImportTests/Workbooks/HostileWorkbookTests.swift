import Foundation
import Testing
@testable import Import

/// Issue 10, defects 5 and 6: workbooks are read within bounds; a hostile one is refused with an
/// error that names the sheet and cell, never with gigabytes of memory or a crash.
@Suite("hostile workbooks")
struct HostileWorkbookTests {
    /// Reads `data` as `w.xlsx`; the failure's message and sheet, or the diagnostics.
    func read(_ data: Data, limits: XLSXLimits = .standard) -> (failure: XLSXWorkbook.Failure?, diagnostics: [Diagnostic], workbook: XLSXWorkbook?) {
        var diagnostics: [Diagnostic] = []
        do {
            let workbook = try XLSXWorkbook(data, file: "w.xlsx", limits: limits, diagnostics: &diagnostics)
            return (nil, diagnostics, workbook)
        } catch {
            return (error, diagnostics, nil)
        }
    }

    @Test func memoryFromTinyWorkbooksZipBombIsRefused() throws {
        let bomb = try WorkbookMaker.xlsx(padding: 60 * 1024 * 1024)
        #expect(bomb.count < 1024 * 1024, "a small file: \(bomb.count) bytes")
        let result = read(bomb)
        let failure = try #require(result.failure)
        #expect(failure.message.hasPrefix("the part xl/worksheets/sheet1.xml of this workbook unpacks to more than 48 MB"))
        #expect(failure.sheet == "Inscriptions")
    }

    @Test func memoryFromTinyWorkbooksWholeWorkbookLimit() throws {
        var limits = XLSXLimits.standard
        limits.workbookBytes = 600
        let result = read(try WorkbookMaker.xlsx(padding: 400), limits: limits)
        #expect(result.failure?.message.hasPrefix("this workbook unpacks to more than") == true, "\(String(describing: result.failure)) \(result.diagnostics)")
    }

    @Test func memoryFromTinyWorkbooksCellFarAwayIsAnErrorNamingSheetAndCell() throws {
        let result = read(try WorkbookMaker.xlsx(sheetData:
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>visitor_id</t></is></c><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row>"#))
        #expect(result.failure == nil)
        #expect(result.diagnostics.map(\.description) == ["w.xlsx:Inscriptions: error: cell ZZZZZZ1 lies beyond Excel's last "
            + "cell XFD1048576 (row 1048576, column 16384), so the file was not written by a spreadsheet program as it is; "
            + "it was left out. Open the workbook in Excel or LibreOffice and save it again"])
        #expect(result.workbook?.sheets.first?.table.records.first?.texts == ["visitor_id"])
    }

    @Test(arguments: [#"<row r="1"><c r="AAAAAAAAAAAAAAAAAAAA1"><v>1</v></c></row>"#,
                      #"<row r="1"><c r="A99999999999999999999"><v>1</v></c></row>"#,
                      #"<row r="9223372036854775807"><c><v>1</v></c></row>"#,
                      #"<row r="-3"><c><v>1</v></c></row>"#])
    func crashesOnCellReferencesBeyondTheGridBecomeErrors(_ sheetData: String) throws {
        let result = read(try WorkbookMaker.xlsx(sheetData: sheetData))
        #expect(result.failure == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.contains("lies beyond Excel's last cell XFD1048576") == true)
        #expect(result.diagnostics.first?.sheet == "Inscriptions")
    }

    @Test func memoryFromTinyWorkbooksTooManyCellsIsRefusedBeforeParsing() throws {
        var limits = XLSXLimits.standard
        limits.cells = 1000
        let cells = String(repeating: #"<c t="inlineStr"><is><t>x</t></is></c>"#, count: 1001)
        let result = read(try WorkbookMaker.xlsx(sheetData: "<row>\(cells)</row>"), limits: limits)
        #expect(result.failure?.message.hasPrefix("this workbook has more than 1000 cells") == true)
        #expect(result.failure?.sheet == "Inscriptions")
    }

    @Test func memoryFromTinyWorkbooksWideEmptyRowsAreRefused() throws {
        var limits = XLSXLimits.standard
        limits.fields = 50_000
        let rows = (1...4).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let result = read(try WorkbookMaker.xlsx(sheetData: rows), limits: limits)
        #expect(result.failure?.message.hasPrefix("this sheet has more than 50000 cells counting the empty ones") == true)
    }

    @Test func crashesOnADateFormattedCellBeyondYear9999() throws {
        let result = read(try WorkbookMaker.xlsx(sheetData:
            #"<row r="1"><c r="A1" s="1"><v>2958465</v></c><c r="B1" s="1"><v>2999999</v></c></row>"#))
        #expect(result.failure == nil)
        #expect(result.workbook?.sheets.first?.table.records.first?.texts == ["9999-12-31", "2999999"])
    }
}
