import Foundation
import Testing
@testable import Import

/// What the fuzz targets found (issue 10, fuzzing), and that their probes reach the readers: every input
/// kept in Fixtures/fuzz/TARGET is read again without a crash, and each finding has its own test.
@Suite("fuzz findings")
struct FuzzFindingTests {
    /// Runs the probe of the fuzz target named by a fixture folder; nil when no target has that name.
    static func probe(_ target: String, _ data: Data) -> Int? {
        switch target {
        case "csv": ReaderProbes.csv(data)
        case "xlsx": WorkbookProbe.read(data)
        case "event": ReaderProbes.eventYAML(data)
        case "columns": ReaderProbes.columnsYAML(data)
        case "values": FormValueProbe.read(data)
        default: nil
        }
    }

    @Test func everyInputAFuzzTargetCrashedOnIsReadAgainWithoutACrash() throws {
        let folder = FormFixtures.folder.appendingPathComponent("fuzz")
        var replayed = 0
        for target in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)
            for name in files.sorted() {
                let data = try Data(contentsOf: folder.appendingPathComponent(target).appendingPathComponent(name))
                #expect(Self.probe(target, data) != nil, "Fixtures/fuzz/\(target) names no fuzz target")
                replayed += 1
            }
        }
        #expect(replayed >= 3)
    }

    @Test func aWorkbookPartWhoseAttributeNameIsNotUTF8IsRefusedInsteadOfCrashingTheXMLParser() throws {
        var sheet = Data(#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><pageSetup "#.utf8)
        sheet += Data([0xFF, 0xFF]) + Data(#"="1"/></worksheet>"#.utf8)
        var diagnostics: [Diagnostic] = []
        do {
            _ = try XLSXWorkbook(try WorkbookMaker.xlsx(sheet: sheet), file: "w.xlsx", diagnostics: &diagnostics)
            Issue.record("a worksheet that is not UTF-8 was read")
        } catch let error as XLSXWorkbook.Failure {
            #expect(error.message.hasPrefix("the part xl/worksheets/sheet1.xml of this workbook is not UTF-8 text"))
            #expect(error.sheet == "Inscriptions")
        }
    }

    @Test func anArchiveWhoseEntryPointsPastItsEndIsRefusedInsteadOfTrappingInTheZipReader() throws {
        var data = try WorkbookMaker.xlsx(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#)
        // Point every central directory entry's local header far past the end of the file.
        let signature = Data([0x50, 0x4B, 0x01, 0x02])
        var entries = 0
        var from = data.startIndex
        while let found = data.range(of: signature, in: from..<data.endIndex) {
            data.replaceSubrange(found.lowerBound + 42..<found.lowerBound + 46, with: [0x00, 0x00, 0x00, 0x70])
            entries += 1
            from = found.upperBound
        }
        #expect(entries == 4)
        var diagnostics: [Diagnostic] = []
        do {
            _ = try XLSXWorkbook(data, file: "w.xlsx", diagnostics: &diagnostics)
            Issue.record("a workbook whose parts lie past its end was read")
        } catch let error as XLSXWorkbook.Failure {
            #expect(error.message.contains("xl/workbook.xml") || error.message.contains("not a readable .xlsx"), "\(error.message)")
        }
    }

    /// Found by the csv campaign (stop 20): a quote followed by a combining mark is one Swift character,
    /// so a field written back by character was left unquoted or its quote undoubled, and read back split.
    /// The canonical files `po-plan import` writes and the workspace edits keep such a value whole.
    @Test func aQuoteOrCommaFollowedByACombiningMarkIsWrittenSoThatTheFieldReadsBackWhole() throws {
        let values = ["\"\u{33C}Nanou\"", "Brussel,\u{301} Gent", "a\"\u{301}", "plain"]
        let source = SourceTable(file: "form.csv", sheet: nil, table: CSVReader().read(Data("x\n".utf8), file: "form.csv").table)
        var table = CanonicalTable(kind: .visitors, source: source)
        table.extraHeaders = ["note"]
        for (i, value) in values.enumerated() {
            var row = CanonicalTable.Row(line: i + 2)
            row.extras = [value]
            table.rows.append(row)
        }
        let (written, problems) = CSVReader().read(Data(table.csvText(where: { _ in true }).utf8), file: "visitors.csv")
        #expect(problems.isEmpty, "\(problems)")
        #expect(written.records.dropFirst().map { $0.texts.last } == values)
        let edited = values.map(CanonicalTableEdit.field).joined(separator: ",") + "\n"
        let (again, more) = CSVReader().read(Data(edited.utf8), file: "visitors.csv")
        #expect(more.isEmpty && again.records.map(\.texts) == [values])
    }

    @Test func theWorkbookProbeReadsPackedPartsAsTheWholeArchive() throws {
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>visitor_id</t></is></c>"#
            + #"<c r="B1" t="inlineStr"><is><t>email</t></is></c></row></sheetData></worksheet>"#
        let archive = try WorkbookMaker.xlsx(sheet: Data(sheet.utf8))
        let parts = [WorkbookMaker.workbook, WorkbookMaker.relations, "", WorkbookMaker.styles, sheet]
        let packed = Data(parts.joined(separator: "\0").utf8)
        // Two cells, read once with the standard limits and once with the probe's small ones.
        #expect(WorkbookProbe.read(archive) == 4)
        #expect(WorkbookProbe.read(packed) == 4)
        #expect(WorkbookProbe.read(Data("not a workbook".utf8)) == 0)
    }

    @Test func theCSVProbeChecksTheTableItsFirstByteNames() throws {
        let visitors = try Data(contentsOf: FormFixtures.repository
            .appendingPathComponent("Tests/CommandTests/Fixtures/small-week/visitors.csv"))
        #expect(ReaderProbes.csv(Data([2]) + visitors) == 0, "the small week's visitors are clean")
        #expect(ReaderProbes.csv(Data([0]) + visitors) > 0, "visitors.csv read as hosts.csv has errors")
        #expect(ReaderProbes.csv(Data([2]) + visitors + Data("V9,\"unclosed\n".utf8)) > 0)
    }

    @Test func theFormValueProbeReadsTypedValues() {
        #expect(FormValueProbe.read(Data("mardi 4/11 matin".utf8)) > 0)
        #expect(FormValueProbe.read(Data("9h30-11h".utf8)) > 0)
        #expect(FormValueProbe.read(Data("§§§".utf8)) == 0)
    }
}
