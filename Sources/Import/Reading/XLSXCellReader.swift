import Foundation
import Scheduling
import SWXMLHash

/// Turns the XML of one worksheet into rows of text: each cell's value as a person sees it (shared or
/// inline strings, numbers without a trailing `.0`, `TRUE`/`FALSE`, dates `YYYY-MM-DD`, times `HH:MM`).
struct XLSXCellReader {
    let strings: [String]
    let formats: XLSXNumberFormats
    /// Whether serial days count from 1904-01-01 (old Mac workbooks) instead of 1899-12-30.
    let date1904: Bool
    var limits = XLSXLimits.standard

    /// The rows of the worksheet `xml`, numbered as in the sheet; missing cells are empty fields.
    /// A row or cell beyond Excel's last cell XFD1048576 is left out with one error that names the
    /// first; a sheet with more fields than `limits.fields` is refused.
    func table(_ xml: XMLIndexer, file: String, sheet: String, diagnostics: inout [Diagnostic]) throws(XLSXWorkbook.Failure) -> CSVTable {
        var records: [CSVTable.Record] = []
        var nextRow = 1, fieldCount = 0
        var outside = OutsideGrid()
        defer { outside.report(file: file, sheet: sheet, into: &diagnostics) }
        for row in xml["worksheet"]["sheetData"]["row"].all {
            guard let element = row.element else { continue }
            let written = element.attribute(by: "r")?.text
            let number = written.map { Int($0.prefix(10)).map { min($0, XLSXLimits.excelRows + 1) } ?? 0 } ?? nextRow
            nextRow = min(number, XLSXLimits.excelRows) + 1
            guard XLSXLimits.isInGrid(row: number, column: 1) else {
                outside.add("row " + (written ?? String(number)))
                continue
            }
            var values: [Int: String] = [:]
            var nextColumn = 1
            for cell in row["c"].all {
                guard let c = cell.element else { continue }
                let reference = c.attribute(by: "r")?.text
                let place = reference.flatMap { CellReference.parse($0) }
                let column = place?.column ?? nextColumn
                guard XLSXLimits.isInGrid(row: place?.row ?? number, column: column) else {
                    outside.add("cell " + (reference ?? CellReference.columnLetters(min(column, 99_999)) + "\(number)"))
                    continue
                }
                nextColumn = column + 1
                let text = value(of: cell, c)
                if text == nil {
                    diagnostics.append(.warning("this cell holds a formula whose result was not saved in the file, so "
                        + "it is read as empty; open the workbook in Excel or LibreOffice and save it again",
                        file: file, sheet: sheet, line: number, column: column))
                }
                values[column] = text ?? ""
            }
            let width = values.keys.max() ?? 0
            fieldCount += width
            guard fieldCount <= limits.fields else {
                throw XLSXWorkbook.Failure(message: "this sheet has more than \(limits.fields) cells counting the empty "
                    + "ones before the last cell of each row, far more than a registration form's export; it is not read. "
                    + "Delete the rows and columns beyond the table", sheet: sheet)
            }
            let fields = width == 0 ? [] : (1...width).map {
                CSVTable.Field(text: values[$0] ?? "", line: number, column: $0)
            }
            records.append(CSVTable.Record(line: number, fields: fields))
        }
        return CSVTable(records: records, sheet: sheet)
    }

    /// The text of one cell; nil for a formula without a saved value.
    private func value(of cell: XMLIndexer, _ element: XMLElement) -> String? {
        let type = element.attribute(by: "t")?.text ?? "n"
        let saved = cell["v"].element?.text
        if (saved ?? "").isEmpty, cell["f"].element != nil, type != "inlineStr" { return nil }
        switch type {
        case "s":
            guard let index = saved.flatMap({ Int($0) }), strings.indices.contains(index) else { return "" }
            return strings[index]
        case "inlineStr":
            let runs = cell["is"]["r"].all.compactMap { $0["t"].element?.text }
            return Self.unescape(runs.isEmpty ? cell["is"]["t"].element?.text ?? "" : runs.joined())
        case "str", "e":
            return Self.unescape(saved ?? "")
        case "b":
            return saved == "1" ? "TRUE" : "FALSE"
        case "d":
            return (saved ?? "").replacingOccurrences(of: "T", with: " ")
        default:
            guard let saved, !saved.isEmpty else { return "" }
            let style = element.attribute(by: "s").flatMap { Int($0.text) }
            return number(saved, shows: formats.shows(style: style))
        }
    }

    /// A number as text: a date or time when its format shows one, else without a trailing `.0`.
    private func number(_ text: String, shows: XLSXNumberFormats.Shows) -> String {
        guard let value = Double(text) else { return text }
        // Serial 2958465 is 9999-12-31, the last day Excel shows.
        if shows != .number, value >= 0, value < 2_958_466 {
            return serialText(value, shows: shows)
        }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return text
    }

    /// A serial day number as `YYYY-MM-DD`, `HH:MM` or `YYYY-MM-DD HH:MM` (seconds when not zero).
    private func serialText(_ serial: Double, shows: XLSXNumberFormats.Shows) -> String {
        let totalSeconds = Int((serial * 86_400).rounded())
        var days = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        let clock = String(format: "%02d:%02d", seconds / 3600, seconds % 3600 / 60)
            + (seconds % 60 == 0 ? "" : String(format: ":%02d", seconds % 60))
        if shows == .time || (shows == .dateTime && days == 0) { return clock }
        if !date1904, days < 61 { days += 1 }  // Excel counts a 29 February 1900 that never was
        let epoch = date1904 ? LocalDate(year: 1904, month: 1, day: 1)! : LocalDate(year: 1899, month: 12, day: 30)!
        // Within 0…2958465 (checked by the caller) the date is always between 1899 and 9999.
        guard let date = LocalDate(daysSinceEpoch: epoch.daysSinceEpoch + days) else { return String(serial) }
        return shows == .date && seconds == 0 ? "\(date)" : "\(date) \(clock)"
    }

    /// Replaces the `_x000D_` escapes of OOXML strings by the characters they stand for.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            result += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            if after.count >= 5, after.dropFirst(4).first == "_", let code = UInt32(after.prefix(4), radix: 16),
               let scalar = Unicode.Scalar(code) {
                result += code == 0x0D ? "" : String(Character(scalar))
                rest = after.dropFirst(5)
            } else {
                result += "_x"
                rest = after
            }
        }
        return result + rest
    }
}
