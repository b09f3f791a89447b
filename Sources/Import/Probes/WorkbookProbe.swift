import Foundation
import ZIPFoundation

/// Entry point of the workbook fuzz target. A mutated `.xlsx` rarely survives its own checksums, so
/// besides whole archives (input starting with `PK`) the probe takes the XML parts of a workbook
/// separated by NUL bytes — workbook.xml, its relations, shared strings, styles, then the worksheets —
/// and packs them itself, so that the fuzzer's mutations reach the XML and the cells.
package enum WorkbookProbe {
    /// Where each part of the NUL-separated form goes in the archive.
    static let partPaths = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]

    /// Limits small enough for the fuzzer to reach them with inputs of a few kilobytes.
    static let limits = XLSXLimits(partBytes: 1 << 20, workbookBytes: 2 << 20, cells: 20_000, fields: 100_000)

    /// Reads `data` as a workbook (an archive, or parts to pack) with the standard limits and with small
    /// ones; returns the number of cells read. Every cell lies within Excel's grid and within the limits.
    @discardableResult
    package static func read(_ data: Data) -> Int {
        let archive = data.starts(with: [0x50, 0x4B]) ? data : pack(data)
        guard let archive else { return 0 }
        var cells = 0
        for limits in [XLSXLimits.standard, limits] {
            var diagnostics: [Diagnostic] = []
            guard let workbook = try? XLSXWorkbook(archive, file: "probe.xlsx", limits: limits, diagnostics: &diagnostics)
            else { continue }
            for sheet in workbook.sheets {
                var fields = 0
                for record in sheet.table.records {
                    for field in record.fields {
                        precondition(XLSXLimits.isInGrid(row: record.line, column: field.column),
                                     "a cell outside Excel's grid: row \(record.line), column \(field.column)")
                    }
                    fields += record.fields.count
                }
                precondition(fields <= limits.fields, "a sheet with more fields than the limit allows")
                cells += fields
            }
        }
        return cells
    }

    /// An archive holding the NUL-separated parts of `data`: the four workbook parts, then
    /// `xl/worksheets/sheetN.xml` for each further part; nil when it cannot be made.
    static func pack(_ data: Data) -> Data? {
        // At most 12 sheets: packing hundreds of parts costs the probe far more than the reader.
        let parts = data.split(separator: 0, omittingEmptySubsequences: false).prefix(partPaths.count + 12)
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        for (index, part) in parts.enumerated() {
            let path = index < partPaths.count ? partPaths[index] : "xl/worksheets/sheet\(index - partPaths.count + 1).xml"
            let bytes = Data(part)
            try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                  compressionMethod: index % 2 == 0 ? .deflate : .none) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data
    }
}
