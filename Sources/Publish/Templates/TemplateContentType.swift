/// How a template escapes the values it writes with `{{name}}`, set by its pragma
/// `{{% CONTENT_TYPE: NAME}}`; `{{{name}}}` writes a value as it is whatever the type.
enum TemplateContentType: String, Sendable {
    /// HTML, escaped scalar by scalar (see `escapeHTML`); a template without a pragma is HTML.
    case html = "HTML_BY_SCALAR"
    /// Plain text: nothing escaped (mails, calendars, reasons).
    case text = "TEXT"
    /// Running Markdown text (`MarkdownText.inline`).
    case markdown = "MARKDOWN"
    /// A Markdown table row (`MarkdownText.cell`): `|` escaped, no line start to guard.
    case markdownCell = "MARKDOWN_CELL"

    /// The pragma, on a line of its own, that gives a template this type; the line leaves nothing.
    var pragmaLine: String { pragma + "\n" }
    /// The same pragma before a phrase's first word.
    var pragma: String { "{{% CONTENT_TYPE: \(rawValue)}}" }

    /// `text` escaped for this type.
    func escape(_ text: String) -> String {
        switch self {
        case .html: return Self.escapeHTML(text)
        case .text: return text
        case .markdown: return MarkdownText.inline(text)
        case .markdownCell: return MarkdownText.cell(text)
        }
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` written as HTML references, wherever they stand.
    ///
    /// Escaping goes by bytes, not by Swift characters: a quote followed by a combining mark
    /// (`"` U+0338) is one Swift character that is not a quote, and an HTML reader, which reads
    /// code points, would see a quote ending the attribute it stands in. Text without any of the
    /// five is returned as it is.
    static func escapeHTML(_ text: String) -> String {
        // Every byte to escape is ASCII, so no byte of a longer UTF-8 sequence is mistaken for one.
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x26: out += "&amp;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
