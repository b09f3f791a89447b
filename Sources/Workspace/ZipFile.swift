import Foundation
import ZIPFoundation

/// A zip archive made in memory from named files (the mails, rosters or sheets of a plan).
enum ZipFile {
    /// The archive holding `files` at its top level, compressed.
    static func make(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for file in files {
            let data = file.data
            try archive.addEntry(with: file.name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data ?? Data()
    }
}
