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
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                // Other control characters are not allowed in a content line (tab is).
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
            previousWasCR = scalar == "\r"
        }
        return out
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
        var width = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if width + size > limit {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        out += "\r\n"
    }
}
