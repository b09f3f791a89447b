import Foundation

/// A ZIP archive held in memory (an `.xlsx` workbook), read within its own bytes: every offset and
/// size the archive claims is checked against them before it is used, so a damaged or hostile
/// archive is refused rather than read past its end.
///
/// Its parts are found through the central directory, as the format requires, stored or deflated
/// (`Inflater`), and checked against their CRC-32. ZIP64 sizes and offsets are understood; archives
/// split over several disks, encrypted entries and other compression methods are refused.
struct ZIPArchive {
    /// One part of the archive, as the central directory describes it.
    struct Entry {
        let path: String
        /// 0 stored, 8 deflated; the only methods read.
        let method: UInt16
        let encrypted: Bool
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        /// Where the part's local header begins.
        let headerOffset: Int
    }

    /// Why the archive or one of its parts cannot be read.
    struct Failure: Error, Equatable, CustomStringConvertible {
        let description: String
    }

    /// Most entries read from one archive: a workbook has a few dozen parts.
    static let mostEntries = 10_000

    let data: Data
    /// The entries in the order of the central directory.
    let entries: [Entry]

    /// Reads the central directory of `data`.
    init(_ data: Data) throws(Failure) {
        self.data = data
        let bytes = [UInt8](data)
        let end = try Self.endOfCentralDirectory(bytes)
        var entries: [Entry] = []
        var offset = end.directoryOffset
        let directoryEnd = end.directoryOffset + end.directorySize
        guard end.entryCount <= Self.mostEntries else {
            throw Failure(description: "it holds \(end.entryCount) parts, far more than a workbook has")
        }
        guard directoryEnd <= bytes.count else { throw Failure(description: "its table of contents lies past its end") }
        for _ in 0..<end.entryCount {
            let entry = try Self.entry(bytes, at: &offset, before: directoryEnd)
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The first entry named `path`, as other readers take it.
    subscript(path: String) -> Entry? { entries.first { $0.path == path } }

    /// Hands the unpacked bytes of `entry` to `consumer` in pieces; the consumer may throw to stop,
    /// and its error comes out as it is.
    func extract(_ entry: Entry, consumer: (Data) throws -> Void) throws {
        guard !entry.encrypted else { throw Failure(description: "the part \(entry.path) is protected by a password") }
        let start = try dataOffset(of: entry)
        guard entry.compressedSize <= data.count - start else {
            throw Failure(description: "the part \(entry.path) runs past the end of the file")
        }
        let checksum: UInt32 = try data.withUnsafeBytes { raw in
            let input = UnsafeRawBufferPointer(rebasing: raw[start..<start + entry.compressedSize])
            switch entry.method {
            case 0:
                guard entry.compressedSize == entry.uncompressedSize else {
                    throw Failure(description: "the part \(entry.path) has two different sizes")
                }
                var position = 0
                while position < input.count {
                    let piece = min(Inflater.chunkSize, input.count - position)
                    try consumer(Data(UnsafeRawBufferPointer(rebasing: input[position..<position + piece])))
                    position += piece
                }
                return Inflater.checksum(input)
            case 8:
                do {
                    return try Inflater.inflate(input, consumer: consumer)
                } catch let failure as Inflater.Failure {
                    throw Failure(description: failure == .truncated
                        ? "the part \(entry.path) is cut short" : "the part \(entry.path) is damaged")
                }
            default:
                throw Failure(description: "the part \(entry.path) is compressed in a way workbooks are not (method \(entry.method))")
            }
        }
        guard checksum == entry.crc32 else { throw Failure(description: "the part \(entry.path) is damaged (its checksum differs)") }
    }

    // MARK: The directory

    /// What the end of the central directory says.
    private struct End {
        var entryCount: Int
        var directorySize: Int
        var directoryOffset: Int
    }

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let end64Signature: UInt32 = 0x0606_4B50
    private static let end64LocatorSignature: UInt32 = 0x0706_4B50
    private static let entrySignature: UInt32 = 0x0201_4B50
    private static let headerSignature: UInt32 = 0x0403_4B50

    /// The end record, searched from the end of the file back over at most a comment's length.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(Failure) -> End {
        guard bytes.count >= 22 else { throw Failure(description: "it is too short to be an archive") }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var e = bytes.count - 22
        while e >= lowest && read32(bytes, e) != endSignature { e -= 1 }
        guard e >= lowest else { throw Failure(description: "it has no table of contents, so it is not a ZIP archive") }
        guard read16(bytes, e + 4) == 0, read16(bytes, e + 6) == 0 else {
            throw Failure(description: "it is split over several files")
        }
        var end = End(entryCount: Int(read16(bytes, e + 10)), directorySize: Int(read32(bytes, e + 12)),
                      directoryOffset: Int(read32(bytes, e + 16)))
        let zip64 = end.entryCount == 0xFFFF || end.directorySize == 0xFFFF_FFFF || end.directoryOffset == 0xFFFF_FFFF
        if zip64 {
            let locator = e - 20
            guard locator >= 0, read32(bytes, locator) == end64LocatorSignature else {
                throw Failure(description: "its table of contents is damaged")
            }
            let at64 = read64(bytes, locator + 8)
            guard at64 <= UInt64(bytes.count - 56), read32(bytes, Int(at64)) == end64Signature else {
                throw Failure(description: "its table of contents is damaged")
            }
            let e64 = Int(at64)
            let (count, size, offset) = (read64(bytes, e64 + 32), read64(bytes, e64 + 40), read64(bytes, e64 + 48))
            guard count <= UInt64(mostEntries) else {
                throw Failure(description: "it holds \(count) parts, far more than a workbook has")
            }
            guard size <= UInt64(bytes.count), offset <= UInt64(bytes.count) else {
                throw Failure(description: "its table of contents lies past its end")
            }
            end = End(entryCount: Int(count), directorySize: Int(size), directoryOffset: Int(offset))
        }
        return end
    }

    /// The central directory entry at `offset`, which moves past it; it must end before `limit`.
    private static func entry(_ bytes: [UInt8], at offset: inout Int, before limit: Int) throws(Failure) -> Entry {
        let damaged = Failure(description: "its table of contents is damaged")
        guard offset + 46 <= limit, read32(bytes, offset) == entrySignature else { throw damaged }
        let nameLength = Int(read16(bytes, offset + 28)), extraLength = Int(read16(bytes, offset + 30))
        let commentLength = Int(read16(bytes, offset + 32))
        let next = offset + 46 + nameLength + extraLength + commentLength
        guard next <= limit else { throw damaged }
        let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
        var uncompressed = UInt64(read32(bytes, offset + 24)), compressed = UInt64(read32(bytes, offset + 20))
        var header = UInt64(read32(bytes, offset + 42))
        // ZIP64: the sizes and offset that do not fit in 32 bits are in extra field 0x0001, in this order.
        var extra = offset + 46 + nameLength
        let extraEnd = extra + extraLength
        while extra + 4 <= extraEnd {
            let id = read16(bytes, extra), size = Int(read16(bytes, extra + 2))
            let fieldEnd = extra + 4 + size
            guard fieldEnd <= extraEnd else { throw damaged }
            if id == 0x0001 {
                var at = extra + 4
                func wide(_ value: inout UInt64) throws(Failure) {
                    guard value == 0xFFFF_FFFF else { return }
                    guard at + 8 <= fieldEnd else { throw damaged }
                    value = read64(bytes, at)
                    at += 8
                }
                try wide(&uncompressed)
                try wide(&compressed)
                try wide(&header)
            }
            extra = fieldEnd
        }
        let size = UInt64(bytes.count)
        guard compressed <= size, header <= size, uncompressed <= UInt64(Int32.max) else { throw damaged }
        let entry = Entry(path: name, method: read16(bytes, offset + 10), encrypted: read16(bytes, offset + 8) & 1 != 0,
                          crc32: read32(bytes, offset + 16), compressedSize: Int(compressed),
                          uncompressedSize: Int(uncompressed), headerOffset: Int(header))
        offset = next
        return entry
    }

    /// Where the bytes of `entry` begin, after its local header.
    private func dataOffset(of entry: Entry) throws(Failure) -> Int {
        let at = entry.headerOffset
        guard at <= data.count - 30 else { throw Failure(description: "the part \(entry.path) lies past the end of the file") }
        let (signature, nameLength, extraLength) = data.withUnsafeBytes { raw in
            (Self.read32(raw, at), Int(Self.read16(raw, at + 26)), Int(Self.read16(raw, at + 28)))
        }
        guard signature == Self.headerSignature else { throw Failure(description: "the part \(entry.path) is damaged") }
        let start = at + 30 + nameLength + extraLength
        guard start <= data.count else { throw Failure(description: "the part \(entry.path) lies past the end of the file") }
        return start
    }

    // MARK: Little-endian fields, always within bounds the callers checked

    private static func read16<C: RandomAccessCollection>(_ b: C, _ i: Int) -> UInt16 where C.Element == UInt8, C.Index == Int {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    private static func read32<C: RandomAccessCollection>(_ b: C, _ i: Int) -> UInt32 where C.Element == UInt8, C.Index == Int {
        UInt32(read16(b, i)) | UInt32(read16(b, i + 2)) << 16
    }

    private static func read64<C: RandomAccessCollection>(_ b: C, _ i: Int) -> UInt64 where C.Element == UInt8, C.Index == Int {
        UInt64(read32(b, i)) | UInt64(read32(b, i + 4)) << 32
    }
}
