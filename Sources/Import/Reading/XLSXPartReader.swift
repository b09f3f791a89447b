import Foundation

/// Unpacks the parts of a workbook within `XLSXLimits`: it stops inflating a part as soon as it
/// passes the size of one part or of the whole workbook, whatever the archive claims, and counts
/// the cells of a worksheet before anything parses it, so a zip bomb or a million tiny cells are
/// refused after a bounded amount of work; a part that is not UTF-8 is refused before it is parsed.
struct XLSXPartReader {
    let archive: ZIPArchive
    let limits: XLSXLimits
    /// Bytes unpacked so far, all parts together.
    private(set) var unpacked = 0
    /// Cells seen so far, all worksheets together.
    private(set) var cells = 0

    init(archive: ZIPArchive, limits: XLSXLimits) {
        self.archive = archive
        self.limits = limits
    }

    /// Thrown from inside the archive's consumer to stop inflating.
    private struct TooLarge: Error {}

    /// The bytes of the part at `path`; nil when the archive has no such part, an error when it
    /// cannot be unpacked. `sheet` names the worksheet the part holds, for messages and for the cell count.
    mutating func part(_ path: String, sheet: String?) throws(XLSXWorkbook.Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        var bytes = Data()
        var whole = false
        let partLimit = limits.partBytes, left = limits.workbookBytes - unpacked
        do {
            try archive.extract(entry, consumer: { chunk in
                let size = bytes.count + chunk.count
                guard size <= partLimit, size <= left else {
                    whole = size > left && left < partLimit
                    throw TooLarge()
                }
                bytes.append(chunk)
            })
        } catch is TooLarge {
            throw XLSXWorkbook.Failure(message: whole
                ? "this workbook unpacks to more than \(XLSXLimits.megabytes(limits.workbookBytes)), far more than a "
                    + "registration form's export; it is not read. Keep only the sheets of the plan, or save them as 'CSV UTF-8'"
                : "the part \(path) of this workbook unpacks to more than \(XLSXLimits.megabytes(partLimit)), far more "
                    + "than a registration form's export; it is not read. Keep only the rows and columns of the plan",
                sheet: sheet)
        } catch {
            throw XLSXWorkbook.Failure(message: "the file is not a readable .xlsx workbook (\(error)); "
                + "open it in Excel or LibreOffice and save it again as .xlsx", sheet: sheet)
        }
        unpacked += bytes.count
        // Foundation's XML parser traps on a name that is not UTF-8 (found by fuzzing): refuse such a part first.
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw XLSXWorkbook.Failure(message: "the part \(path) of this workbook is not UTF-8 text, as every part of "
                + "an .xlsx workbook is; it is not read. Open the file in Excel or LibreOffice and save it again as .xlsx",
                sheet: sheet)
        }
        if sheet != nil {
            cells += Self.cellTags(in: bytes)
            if cells > limits.cells {
                throw XLSXWorkbook.Failure(message: "this workbook has more than \(limits.cells) cells, far more than a "
                    + "registration form's export; it is not read. Keep only the rows and columns of the plan",
                    sheet: sheet)
            }
        }
        return bytes
    }

    /// How many cell elements a worksheet's XML opens, found without parsing it: `<c` (or a
    /// prefixed `:c`) followed by white space, `>` or `/` (so not `<col`).
    static func cellTags(in data: Data) -> Int {
        var count = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let end = bytes.count - 2
            while i < end {
                if bytes[i] == 0x3C || bytes[i] == 0x3A, bytes[i + 1] == 0x63 {
                    let next = bytes[i + 2]
                    if next == 0x20 || next == 0x3E || next == 0x2F || next == 0x09 || next == 0x0A || next == 0x0D { count += 1 }
                }
                i += 1
            }
        }
        return count
    }
}
