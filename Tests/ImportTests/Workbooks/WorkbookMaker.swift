import Foundation
import ZIPFoundation

/// Builds small `.xlsx` workbooks in memory for tests, hostile ones included: one sheet named
/// `Inscriptions` whose `sheetData` is given, and parts that may be made huge without holding them.
enum WorkbookMaker {
    static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Inscriptions" sheetId="1" r:id="rId1"/></sheets></workbook>
        """
    static let relations = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
        Target="worksheets/sheet1.xml"/></Relationships>
        """

    /// A workbook whose one sheet holds `sheetData` (the XML inside `<sheetData>`); style 1 shows
    /// a date (built-in number format 14).
    static func xlsx(sheetData: String) throws -> Data {
        let sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetData)</sheetData></worksheet>"
        return try xlsx(sheet: Data(sheet.utf8))
    }

    static let styles = #"<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#

    /// A workbook whose sheet part is `sheet`, or `padding` bytes of spaces inside the worksheet
    /// element when given (a zip bomb: a few kilobytes that unpack to `padding` bytes).
    static func xlsx(sheet: Data? = nil, padding: Int = 0) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add("xl/workbook.xml", Data(workbook.utf8), to: archive)
        try add("xl/_rels/workbook.xml.rels", Data(relations.utf8), to: archive)
        try add("xl/styles.xml", Data(styles.utf8), to: archive)
        if let sheet { try add("xl/worksheets/sheet1.xml", sheet, to: archive) }
        if padding > 0 {
            let head = Data("<worksheet><sheetData>".utf8), tail = Data("</sheetData></worksheet>".utf8)
            let total = head.count + padding + tail.count
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(total),
                                 compressionMethod: .deflate) { position, size in
                var chunk = Data()
                var at = Int(position)
                while chunk.count < size {
                    if at < head.count { chunk.append(head[at]) } else if at >= total - tail.count {
                        chunk.append(tail[at - (total - tail.count)])
                    } else {
                        let run = min(size - chunk.count, total - tail.count - at)
                        chunk.append(Data(repeating: 0x20, count: run))
                        at += run
                        continue
                    }
                    at += 1
                }
                return chunk
            }
        }
        return archive.data!
    }

    private static func add(_ path: String, _ data: Data, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
