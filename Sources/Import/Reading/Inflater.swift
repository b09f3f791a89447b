import CZlibInflate
import Foundation

/// Inflates one raw deflate stream (an archive entry's data) with zlib: the only user of zlib's
/// functions, each call's arguments checked first, no zlib type outside this file.
///
/// The stream must end within the bytes given. A stream that needs more than it has, or whose
/// bytes are not deflate data, is an error rather than a wait: ZIPFoundation read on past the
/// end of such an entry forever (found by fuzzing).
struct Inflater {
    /// Why a stream could not be inflated.
    enum Failure: Error, Equatable {
        /// The bytes are not deflate data, or zlib could not start.
        case corrupt
        /// The bytes end before the stream does.
        case truncated
    }

    /// Output is handed on in pieces of at most this many bytes.
    static let chunkSize = 64 * 1024

    /// Inflates `input`, handing each piece of output to `consumer` (which may throw to stop);
    /// returns the CRC-32 of everything inflated.
    static func inflate(_ input: UnsafeRawBufferPointer, consumer: (Data) throws -> Void) throws -> UInt32 {
        precondition(input.count <= Int(UInt32.max), "an entry is at most 4 GB")
        var stream = z_stream()
        // Negative window bits: raw deflate, as ZIP stores it (no zlib header or trailer).
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.corrupt
        }
        defer { inflateEnd(&stream) }
        var crc = crc32(0, nil, 0)
        var output = [UInt8](repeating: 0, count: chunkSize)
        let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(input.count)
        while true {
            let (status, produced) = output.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = CZlibInflate.inflate(&stream, Z_NO_FLUSH)
                return (status, out.count - Int(stream.avail_out))
            }
            if produced > 0 {
                crc = output.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt(produced)) }
                try consumer(Data(output[..<produced]))
            }
            switch status {
            case Z_STREAM_END:
                return UInt32(crc)
            case Z_OK:
                continue
            case Z_BUF_ERROR where produced == 0:
                // No progress is possible: every byte is read and the stream has not ended.
                throw Failure.truncated
            case Z_BUF_ERROR:
                continue
            default:
                throw Failure.corrupt
            }
        }
    }

    /// The CRC-32 of `bytes`, as ZIP records it for a stored entry.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        precondition(bytes.count <= Int(UInt32.max), "an entry is at most 4 GB")
        return UInt32(crc32(0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
    }
}
