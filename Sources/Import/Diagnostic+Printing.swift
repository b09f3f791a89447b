/// Diagnostics as a terminal shows them: control characters made visible, and at most a sensible
/// number per file, the rest counted (`--json` gives them all).
extension Diagnostic {
    /// How many problems of one file are printed before the rest are only counted.
    public static let printedPerFile = 50

    /// `text` with every control character (C0, DEL, C1), line and paragraph separator and bidirectional
    /// override written as `\u{1B}`, so that a cell cannot move the cursor, recolour the terminal or
    /// reorder a line when a message quotes it.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisibleControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isInvisibleControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `scalar` is a control character or a format character that changes how text is shown.
    static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The lines to print for `diagnostics` (already in order): for each file the first `limit`, then
    /// one line that counts the others by severity. Linear in the number of diagnostics.
    public static func cappedLines(_ diagnostics: [Diagnostic], perFile limit: Int = printedPerFile) -> [String] {
        var shown: [String: Int] = [:]
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var files: [String] = []
        var lines: [String] = []
        for d in diagnostics {
            let count = shown[d.file, default: 0]
            if count == 0, hidden[d.file] == nil { files.append(d.file) }
            if count < limit {
                shown[d.file] = count + 1
                lines.append(d.description)
            } else {
                var rest = hidden[d.file] ?? (0, 0)
                if d.isError { rest.errors += 1 } else { rest.warnings += 1 }
                hidden[d.file] = rest
            }
        }
        for file in files {
            guard let rest = hidden[file] else { continue }
            let parts = [rest.errors > 0 ? "\(rest.errors) error(s)" : nil, rest.warnings > 0 ? "\(rest.warnings) warning(s)" : nil]
            lines.append("\(printable(file)): note: \(parts.compactMap { $0 }.joined(separator: " and ")) more in this file "
                + "are not shown; 'po-plan validate --json' lists every one")
        }
        return lines
    }
}
