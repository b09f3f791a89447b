/// The text rules of iCalendar (RFC 5545 §3.1, §3.3.11): escaping of TEXT values and of
/// parameter values, and folding of content lines longer than 75 octets.
enum ICalendarText {
    /// A TEXT value: `\` `;` `,` escaped with a backslash, every line break written `\n`.
    static func escape(_ text: String) -> String {
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
        let limit = 75
        if line.utf8.count <= limit { return line + "\r\n" }
        var out = ""
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
        return out + "\r\n"
    }
}
