import Foundation
import Testing
@testable import Import

/// The archive reader under workbooks: parts found through the central directory, stored and deflated,
/// and every damaged or hostile archive refused with a message instead of read past its end.
@Suite("ZIP archive")
struct ZIPArchiveTests {
    /// One part of a hand-made archive: its name, method (0 stored, 8 deflated), the bytes as stored,
    /// and the checksum and unpacked size its directory entry claims.
    struct Part {
        var path: String
        var method: UInt16
        var stored: [UInt8]
        var crc: UInt32
        var size: Int
    }

    /// An archive of `parts`, written field by field as the ZIP format lays them out.
    static func archive(_ parts: [Part]) -> Data {
        var bytes: [UInt8] = [], directory: [UInt8] = []
        func le(_ value: Int, _ width: Int, into out: inout [UInt8]) {
            for k in 0..<width { out.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        }
        for part in parts {
            let offset = bytes.count, name = Array(part.path.utf8)
            le(0x0403_4B50, 4, into: &bytes); le(20, 2, into: &bytes); le(0, 2, into: &bytes)
            le(Int(part.method), 2, into: &bytes); le(0, 4, into: &bytes); le(Int(part.crc), 4, into: &bytes)
            le(part.stored.count, 4, into: &bytes); le(part.size, 4, into: &bytes)
            le(name.count, 2, into: &bytes); le(0, 2, into: &bytes)
            bytes += name + part.stored
            le(0x0201_4B50, 4, into: &directory); le(20, 2, into: &directory); le(20, 2, into: &directory)
            le(0, 2, into: &directory); le(Int(part.method), 2, into: &directory); le(0, 4, into: &directory)
            le(Int(part.crc), 4, into: &directory); le(part.stored.count, 4, into: &directory)
            le(part.size, 4, into: &directory); le(name.count, 2, into: &directory)
            for _ in 0..<4 { le(0, 2, into: &directory) }
            le(0, 4, into: &directory); le(offset, 4, into: &directory)
            directory += name
        }
        let directoryOffset = bytes.count
        bytes += directory
        le(0x0605_4B50, 4, into: &bytes); le(0, 2, into: &bytes); le(0, 2, into: &bytes)
        le(parts.count, 2, into: &bytes); le(parts.count, 2, into: &bytes)
        le(directory.count, 4, into: &bytes); le(directoryOffset, 4, into: &bytes); le(0, 2, into: &bytes)
        return Data(bytes)
    }

    static func stored(_ path: String, _ text: String) -> Part {
        let bytes = Array(text.utf8)
        return Part(path: path, method: 0, stored: bytes, crc: bytes.withUnsafeBytes(Inflater.checksum), size: bytes.count)
    }

    static func unpacked(_ archive: ZIPArchive, _ path: String) throws -> String {
        var out = Data()
        try archive.extract(try #require(archive[path]), consumer: { out.append($0) })
        return String(decoding: out, as: UTF8.self)
    }

    @Test func aWorkbookMadeByAnotherZipWriterReadsPartByPart() throws {
        let archive = try ZIPArchive(try WorkbookMaker.xlsx(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>"#))
        #expect(archive.entries.map(\.path) == ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                                "xl/worksheets/sheet1.xml"])
        #expect(archive.entries.allSatisfy { $0.method == 8 })
        #expect(try Self.unpacked(archive, "xl/styles.xml") == WorkbookMaker.styles)
        #expect(try Self.unpacked(archive, "xl/worksheets/sheet1.xml").contains("<t>x</t>"))
        #expect(archive["xl/missing.xml"] == nil)
    }

    @Test func aStoredPartReadsAsItIs() throws {
        let archive = try ZIPArchive(Self.archive([Self.stored("a.xml", "<a/>"), Self.stored("b.xml", "<b>é</b>")]))
        #expect(try Self.unpacked(archive, "b.xml") == "<b>é</b>")
    }

    @Test func aDeflatedPartWhoseStreamDoesNotEndInItsBytesIsCutShortNotReadForever() throws {
        // A stored deflate block that announces 65,535 bytes and holds 5: the part ends before its stream does.
        // ZIPFoundation kept asking for the rest past the end of the file, forever (found by fuzzing).
        let truncated: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<a/>x".utf8)
        let archive = try ZIPArchive(Self.archive([Part(path: "a.xml", method: 8, stored: truncated, crc: 0, size: 65_535),
                                                   Self.stored("b.xml", String(repeating: "z", count: 200))]))
        #expect(throws: ZIPArchive.Failure(description: "the part a.xml is cut short")) { try Self.unpacked(archive, "a.xml") }
    }

    @Test func damagedPartsAreRefusedNamingThePart() throws {
        var wrongSum = Self.stored("a.xml", "<a/>")
        wrongSum.crc ^= 1
        let notDeflate = Part(path: "b.xml", method: 8, stored: [0xFF, 0xFF, 0xFF, 0xFF], crc: 0, size: 4)
        let otherMethod = Part(path: "c.xml", method: 12, stored: [1, 2, 3], crc: 0, size: 3)
        let archive = try ZIPArchive(Self.archive([wrongSum, notDeflate, otherMethod]))
        #expect(throws: ZIPArchive.Failure(description: "the part a.xml is damaged (its checksum differs)")) {
            try Self.unpacked(archive, "a.xml")
        }
        #expect(throws: ZIPArchive.Failure(description: "the part b.xml is damaged")) { try Self.unpacked(archive, "b.xml") }
        #expect(throws: ZIPArchive.Failure(description: "the part c.xml is compressed in a way workbooks are not (method 12)")) {
            try Self.unpacked(archive, "c.xml")
        }
    }

    @Test func aPartClaimingMoreBytesThanTheFileHoldsIsRefused() throws {
        var long = Self.stored("a.xml", "<a/>")
        long.stored = Array("<a/>".utf8)
        var data = Self.archive([long])
        // The directory entry's compressed size (offset 20 of the entry) says 100 bytes: fewer than the
        // file has, more than it has after the part's header.
        #expect(data.count > 100)
        let entry = try #require(data.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        data.replaceSubrange(entry + 20..<entry + 24, with: [100, 0x00, 0x00, 0x00])
        let archive = try ZIPArchive(data)
        #expect(throws: ZIPArchive.Failure(description: "the part a.xml runs past the end of the file")) {
            try Self.unpacked(archive, "a.xml")
        }
    }

    @Test func whatIsNoArchiveOrADamagedDirectoryIsRefused() throws {
        #expect(throws: ZIPArchive.Failure(description: "it is too short to be an archive")) { try ZIPArchive(Data("PK".utf8)) }
        #expect(throws: ZIPArchive.Failure(description: "it has no table of contents, so it is not a ZIP archive")) {
            try ZIPArchive(Data(repeating: 0x41, count: 100))
        }
        var data = Self.archive([Self.stored("a.xml", "<a/>")])
        var past = data
        // The first directory entry's size claims more bytes than the whole file.
        let first = try #require(past.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        past.replaceSubrange(first + 20..<first + 24, with: [0x00, 0x10, 0x00, 0x00])
        #expect(throws: ZIPArchive.Failure(description: "its table of contents is damaged")) { try ZIPArchive(past) }
        // The end record's directory offset (offset 16 of the record) points past the end.
        data.replaceSubrange(data.count - 6..<data.count - 2, with: [0xFF, 0xFF, 0xFF, 0x7F])
        #expect(throws: ZIPArchive.Failure(description: "its table of contents lies past its end")) { try ZIPArchive(data) }
    }

    @Test func theWorkbookTheFuzzerHungOnIsRefusedAtOnceWithAClearMessage() throws {
        let data = try Data(contentsOf: FormFixtures.folder
            .appendingPathComponent("fuzz/xlsx/timeout-d04eeb30bef2c70e1a7c08b520841cb3ceb86c3d"))
        var diagnostics: [Diagnostic] = []
        let result = Result { () throws(XLSXWorkbook.Failure) in try XLSXWorkbook(data, file: "w.xlsx", diagnostics: &diagnostics) }
        guard case .failure(let error) = result else { Issue.record("the workbook was read"); return }
        // Its directory says xl/_rels/workbook.xml.rels holds 31,481 bytes, in a file of 5,375.
        #expect(data.count == 5_375)
        #expect(error.message == "the file is not a readable .xlsx workbook (its table of contents is damaged); "
            + "open it in Excel or LibreOffice and save it again as .xlsx")
    }
}
