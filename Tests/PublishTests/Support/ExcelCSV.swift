import Foundation

/// Reads a CSV file as Excel does when a Belgian user double-clicks it: UTF-8 when the file starts
/// with a byte-order mark (else Windows-1252, the locale's code page), `;` between fields (the
/// list separator of fr-BE and nl-BE), quoted fields holding `;`, quotes and line breaks.
enum ExcelCSV {
    /// The rows of `data`; nil when the bytes cannot be decoded as Excel would.
    static func rows(_ data: Data) -> [[String]]? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = data.starts(with: bom) ? String(data: data.dropFirst(3), encoding: .utf8)
            : String(data: data, encoding: .windowsCP1252)
        guard let text else { return nil }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, previous: Character?
        var characters = Array(text)
        if characters.last != "\n" && characters.last != "\r\n" { characters.append("\r\n") }
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < characters.count, characters[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && (previous == nil || previous == ";" || previous == "\n" || previous == "\r\n") {
                quoted = true
            } else if c == ";" {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
            previous = c
            i += 1
        }
        return rows
    }
}
