import Foundation
import Scheduling

/// CSV as a Belgian Excel opens it with a double click: `;` between fields (the list separator
/// of the fr-BE and nl-BE locales), UTF-8 with a byte-order mark (without one, Excel reads the
/// file as Windows-1252 and breaks every accent), CRLF line ends, RFC 4180 quoting.
///
/// A cell that starts with `=`, `+`, `-` or `@` would be run as a formula (a phone number
/// `+32 2 …` shows as `#NAME?`, and a hostile name could do worse). Such a cell gets a leading
/// tab: Excel then keeps it as text and the tab does not show, so `+32 2 625 25 95` still reads
/// as written; an apostrophe, the other usual guard, stays visible when Excel opens a CSV file.
enum CSVText {
    /// The byte-order mark that makes Excel read UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// A whole file: the byte-order mark, then one CRLF-terminated record per row.
    static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map(record).joined()
    }

    /// One record line, CRLF-terminated.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ";") + "\r\n"
    }

    /// One field, neutralised when it would start a formula, then quoted (inner quotes doubled)
    /// when it holds a `;`, a quote or a line break.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) { text = "\t" + text }
        let needsQuotes = text.unicodeScalars.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingScalars(["\"": "\"\""]) + "\""
    }
}
