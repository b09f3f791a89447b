import Scheduling

/// Escaping of people's own text (names, addresses, descriptions) before it goes into Markdown.
enum MarkdownText {
    /// Text for a running line: Markdown punctuation escaped, line breaks folded into spaces.
    static func inline(_ text: String) -> String {
        escapeLeadingMarker(escape(oneLine(text), table: false))
    }

    /// Text for a table cell: punctuation and `|` escaped, line breaks folded into spaces.
    static func cell(_ text: String) -> String {
        escape(oneLine(text), table: true)
    }

    /// The text with every run of line breaks and surrounding blanks made one space, trimmed.
    static func oneLine(_ text: String) -> String {
        // Most text has no line break: a line break is always a character of its own (a newline
        // scalar, or CR LF), so a text without newline scalars is one line, only trimmed.
        guard text.unicodeScalars.contains(where: isNewline) else { return text.trimmingSpaces() }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
            .trimmingSpaces()
    }

    /// Whether the scalar is one of `Character.isNewline`'s: LF, VT, FF, CR, NEL, LINE or PARAGRAPH SEPARATOR.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func escape(_ text: String, table: Bool) -> String {
        // Every character escaped here begins with an ASCII byte no longer UTF-8 sequence holds.
        guard text.utf8.contains(where: { "\\`*[]<>_|".utf8.contains($0) }) else { return text }
        let chars = Array(text)
        var out = ""
        for (i, c) in chars.enumerated() {
            // By the character's first scalar: `*` followed by a combining mark is one character, and
            // still a `*` to a Markdown reader.
            switch c.unicodeScalars.first! {
            case "\\", "`", "*", "[", "]", "<", ">":
                out += "\\" + String(c)
            case "|" where table:
                out += "\\|"
            case "_":
                // An underscore inside a word (jean_dupont@…) never starts emphasis.
                let inWord = i > 0 && i + 1 < chars.count
                    && isWordCharacter(chars[i - 1]) && isWordCharacter(chars[i + 1])
                out += inWord ? "_" : "\\_"
            default:
                out.append(c)
            }
        }
        return out
    }

    /// Escapes a `#`, `-`, `+`, `=` or `1.` at the start, which would make a heading or a list.
    private static func escapeLeadingMarker(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if "#-+=".unicodeScalars.contains(first) { return "\\" + text }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    /// Rendered Markdown made tidy: no trailing blanks on lines, at most one empty line in a row,
    /// no empty lines at the start, and exactly one newline at the end.
    static func tidy(_ markdown: String) -> String {
        // By scalar, as the characters would give it: a line feed is a character of its own unless
        // it follows a carriage return (CR LF is one), and a trailing blank is one unless the
        // scalar before it holds on to it (checked by making the pair a string).
        let scalars = markdown.unicodeScalars
        var out = ""
        out.reserveCapacity(markdown.utf8.count + 1)
        var emptyLines = 0  // since the last line written (none is written before the first)
        var lineStart = scalars.startIndex, i = lineStart
        var previous: Unicode.Scalar?
        func endLine(at end: String.UnicodeScalarView.Index) {
            var last = end
            while last > lineStart {
                let before = scalars.index(before: last)
                guard scalars[before] == " " || scalars[before] == "\t" else { break }
                if scalars[before] == " ", before > lineStart {
                    let holder = scalars[scalars.index(before: before)]
                    if !holder.isASCII, String(String.UnicodeScalarView([holder, " "])).count == 1 { break }
                }
                last = before
            }
            if last == lineStart {
                emptyLines += 1
                return
            }
            if !out.isEmpty { out += emptyLines > 0 ? "\n\n" : "\n" }
            out += String(scalars[lineStart..<last])
            emptyLines = 0
        }
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if scalar == "\n", previous != "\r" {
                endLine(at: i)
                lineStart = scalars.index(after: i)
            }
            previous = scalar
            i = scalars.index(after: i)
        }
        endLine(at: scalars.endIndex)
        return out + "\n"
    }
}
