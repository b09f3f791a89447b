import Foundation
import Scheduling

/// A table the team fills in after the week (the attendance file, the evaluation form's
/// answers): a CSV file as Excel saves it (`;` or `,`, UTF-8 or Windows-1252, see `CSVSource`)
/// or the first sheet of an `.xlsx` workbook, with its header columns found by folded name.
struct WeekTable {
    let source: SourceTable

    /// Reads the file at `url`; nil, with an error that says why, when it cannot be read.
    static func read(_ url: URL, diagnostics: inout [Diagnostic]) -> WeekTable? {
        let name = url.lastPathComponent
        let data: Data
        switch InputFileCheck.read(url) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            diagnostics.append(.error(failure.message, file: name))
            return nil
        }
        guard name.lowercased().hasSuffix(".xlsx") else {
            return WeekTable(source: CSVSource.read(data, file: name, diagnostics: &diagnostics))
        }
        do {
            let workbook = try XLSXWorkbook(data, file: name, diagnostics: &diagnostics)
            guard let sheet = workbook.sheets.first(where: { $0.table.header != nil }) else {
                diagnostics.append(.error("the workbook has no sheet with a header row", file: name))
                return nil
            }
            return WeekTable(source: SourceTable(file: name, sheet: sheet.name, table: sheet.table))
        } catch {
            diagnostics.append(.error(error.message, file: name, sheet: error.sheet))
            return nil
        }
    }

    /// A header name as compared: folded, `_` and `-` read as spaces.
    static func fold(_ text: String) -> String {
        FoldedText(text.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")).value
    }

    /// The header's fields.
    var header: [CSVTable.Field] { source.table.header?.fields ?? [] }

    /// The position of the first header field named one of `names` (folded), if any.
    func column(_ names: [String]) -> Int? {
        let wanted = Set(names.map(Self.fold))
        return header.firstIndex { wanted.contains(Self.fold($0.text)) }
    }

    /// The records that hold data.
    var rows: [CSVTable.Record] { source.dataRows }

    /// The trimmed text of field `index` of `record`, empty when the record is shorter.
    static func text(_ record: CSVTable.Record, _ index: Int) -> String {
        index < record.fields.count ? record.fields[index].text.trimmingSpaces() : ""
    }

    /// An error or warning at field `index` of `record`.
    func problem(_ severity: Diagnostic.Severity, _ message: String, _ record: CSVTable.Record, _ index: Int?) -> Diagnostic {
        Diagnostic(severity: severity, file: source.file, sheet: source.sheet, line: record.line,
                   column: index.map { $0 + 1 }, message: message)
    }
}
