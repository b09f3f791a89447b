import Foundation
import SWXMLHash

/// Reads the worksheets of an `.xlsx` workbook as Microsoft Forms, Google Sheets, Excel and LibreOffice
/// write them: shared strings, inline strings, numbers, booleans, dates and times stored as serial numbers
/// (told apart by their number format), formulas with their saved value, and empty cells.
///
/// The archive is read by `ZIPArchive` and each part parsed with SWXMLHash.
struct XLSXWorkbook {
    /// One worksheet: its name and its rows, each value as text.
    struct Sheet {
        let name: String
        let table: CSVTable
    }

    /// The worksheets in workbook order.
    let sheets: [Sheet]

    /// A problem that keeps the workbook from being read at all.
    struct Failure: Error {
        let message: String
        /// The worksheet the problem is in, when it is in one.
        var sheet: String? = nil
    }

    /// Reads the workbook `data` from the file named `file`; cells that cannot be read well (formulas with
    /// no saved value) are reported in `diagnostics`.
    init(_ data: Data, file: String, limits: XLSXLimits = .standard, diagnostics: inout [Diagnostic]) throws(Failure) {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(data)
        } catch {
            throw Failure(message: "the file is not a readable .xlsx workbook (\(error)); "
                + "open it in Excel or LibreOffice and save it again as .xlsx")
        }
        var reader = XLSXPartReader(archive: archive, limits: limits)
        func part(_ path: String, sheet: String? = nil) throws(Failure) -> XMLIndexer? {
            try reader.part(path, sheet: sheet).map { XMLHash.parse($0) }
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw Failure(message: "the file has no xl/workbook.xml, so it is not an .xlsx workbook; "
                + "save it again as 'Excel workbook (.xlsx)'")
        }
        let relations = Self.relations(try part("xl/_rels/workbook.xml.rels"))
        let strings = try part("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
        let formats = try part("xl/styles.xml").map(XLSXNumberFormats.init) ?? XLSXNumberFormats()
        let date1904 = workbook["workbook"]["workbookPr"].element?.attribute(by: "date1904").map {
            ["1", "true"].contains($0.text)
        } ?? false
        let cells = XLSXCellReader(strings: strings, formats: formats, date1904: date1904, limits: limits)
        var sheets: [Sheet] = []
        for sheet in workbook["workbook"]["sheets"]["sheet"].all {
            guard let element = sheet.element, let name = element.attribute(by: "name")?.text,
                  let id = element.attribute(by: "r:id")?.text, let target = relations[id],
                  let xml = try part(Self.path(of: target), sheet: name) else { continue }
            sheets.append(Sheet(name: name, table: try cells.table(xml, file: file, sheet: name, diagnostics: &diagnostics)))
        }
        self.sheets = sheets
    }

    /// Relationship id → target, from `xl/_rels/workbook.xml.rels`.
    private static func relations(_ xml: XMLIndexer?) -> [String: String] {
        var targets: [String: String] = [:]
        for relation in xml?["Relationships"]["Relationship"].all ?? [] {
            if let id = relation.element?.attribute(by: "Id")?.text,
               let target = relation.element?.attribute(by: "Target")?.text {
                targets[id] = target
            }
        }
        return targets
    }

    /// The path inside the archive of a relationship target (relative to `xl/`, or absolute).
    private static func path(of target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The shared strings, rich text runs joined, phonetic runs left out.
    private static func sharedStrings(_ xml: XMLIndexer) -> [String] {
        xml["sst"]["si"].all.map { item in
            guard let element = item.element else { return "" }
            return XLSXCellReader.unescape(element.children.compactMap { $0 as? XMLElement }.map { child in
                switch child.name {
                case "t": child.text
                case "r": child.children.compactMap { $0 as? XMLElement }.filter { $0.name == "t" }.map(\.text).joined()
                default: ""
                }
            }.joined())
        }
    }
}
