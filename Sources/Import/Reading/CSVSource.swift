import Foundation

/// Reads a CSV file as Excel and forms save it: UTF-8 with or without a byte-order mark, or else
/// Windows-1252 (said in a warning), with the delimiter (`,`, `;` or tab) found from the header line.
///
/// The fields themselves are read by our own `CSVReader`, which knows the line and column of every field.
enum CSVSource {
    /// Reads `data` from the file named `file`.
    static func read(_ data: Data, file: String, diagnostics: inout [Diagnostic]) -> SourceTable {
        let utf8 = decode(data, file: file, diagnostics: &diagnostics)
        let delimiter = detectDelimiter(utf8)
        let (table, problems) = CSVReader(delimiter: delimiter).read(utf8, file: file)
        diagnostics += problems
        return SourceTable(file: file, sheet: nil, table: table, delimiter: Character(delimiter))
    }

    /// The bytes as UTF-8: unchanged when they already are (a byte-order mark is kept for the reader to
    /// skip), else decoded from Windows-1252, with a warning that says so.
    static func decode(_ data: Data, file: String, diagnostics: inout [Diagnostic]) -> Data {
        if String(validating: [UInt8](data), as: UTF8.self) != nil { return data }
        guard let text = String(data: data, encoding: .windowsCP1252) else { return data }
        diagnostics.append(.warning("the file is not UTF-8; it was read as Windows-1252, the encoding Excel uses "
            + "for 'CSV (séparateur : point-virgule)'. Check that accented letters read right, or save it as "
            + "'CSV UTF-8'", file: file))
        return Data(text.utf8)
    }

    /// The delimiter of the first non-blank line (outside quotes): the most frequent of `;`, `,` and tab;
    /// `,` when none occurs.
    static func detectDelimiter(_ data: Data) -> Unicode.Scalar {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var seenText = false
        for byte in data {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if seenText { break } else { continue }
            }
            if !inQuotes, [UInt8(ascii: ";"), UInt8(ascii: ","), 9].contains(byte) { counts[byte, default: 0] += 1 }
            if byte > 32 { seenText = true }
        }
        let best = [UInt8(ascii: ","), UInt8(ascii: ";"), 9].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }!
        return (counts[best] ?? 0) > 0 ? Unicode.Scalar(best) : ","
    }
}
