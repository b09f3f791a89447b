/// The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaping of TEXT values and of
/// parameter values, and folding of content lines longer than 75 octets.
enum ICalendarText {
    /// A TEXT value: `\` `;` `,` escaped with a backslash, every line break written `\n`.
    static func escape(_ text: String) -> String {
        // Most values need nothing: every byte to escape or replace is ASCII, so no byte of a
        // longer UTF-8 sequence is mistaken for one.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x3B || $0 == 0x2C || ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
            return text
        }
        // By byte: every byte escaped or replaced is ASCII, and a longer UTF-8 sequence is copied as it is.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var previousWasCR = false
        for byte in text.utf8 {
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x3B: out += [0x5C, 0x3B]
            case 0x2C: out += [0x5C, 0x2C]
            case 0x0D: out += [0x5C, 0x6E]
            case 0x0A: if !previousWasCR { out += [0x5C, 0x6E] }
            // Other control characters are not allowed in a content line (tab is).
            case 0x00..<0x20 where byte != 0x09, 0x7F: out.append(0x20)
            default: out.append(byte)
            }
            previousWasCR = byte == 0x0D
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A parameter value: quoted when it holds `:` `;` or `,`; a double quote, which a parameter
    /// value cannot hold, becomes a single one, and line breaks become spaces.
    static func parameter(_ text: String) -> String {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            if scalar == "\"" { return "'" }
            return scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar
        }))
        return clean.unicodeScalars.contains { $0 == ":" || $0 == ";" || $0 == "," } ? "\"\(clean)\"" : clean
    }

    /// A content line folded into lines of at most 75 octets, each continuation starting with a
    /// space; a UTF-8 sequence is never cut. Every line ends with CRLF.
    static func fold(_ line: String) -> String {
        var out = ""
        fold(line, into: &out)
        return out
    }

    /// `fold(line)` appended to `out`.
    static func fold(_ line: String, into out: inout String) {
        let limit = 75
        guard line.utf8.count > limit else {
            out += line
            out += "\r\n"
            return
        }
        // By byte: a scalar starts at every byte that is not a continuation byte (10xxxxxx), and its
        // lead byte says how many bytes it has.
        var folded: [UInt8] = []
        folded.reserveCapacity(line.utf8.count + line.utf8.count / limit * 3 + 2)
        var width = 0
        for byte in line.utf8 {
            if byte & 0xC0 != 0x80 {
                let size = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if width + size > limit {
                    folded += [0x0D, 0x0A, 0x20]
                    width = 1
                }
                width += size
            }
            folded.append(byte)
        }
        folded += [0x0D, 0x0A]
        out += String(decoding: folded, as: UTF8.self)
    }
}
