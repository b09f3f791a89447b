import Mustache

/// HTML as a Mustache content type that escapes people's text scalar by scalar.
///
/// Mustache's own HTML escaping goes character by character, and a quote followed by a combining
/// mark (`"` U+0338) is one Swift character that is not a quote: it was left as it is, and an HTML
/// reader, which reads code points, saw a quote that ends the attribute it stood in. A group name or
/// a search text from a form could so add attributes to the workspace's pages. Here every `<`, `>`,
/// `&`, `"` and `'` is escaped wherever it stands; text without them is kept as it is (and the
/// bytes of everything else are what Mustache wrote).
struct ScalarHTMLContentType: MustacheContentType {
    /// The pragma, on a line of its own, that makes a template HTML escaped this way; the line
    /// itself leaves nothing in what is rendered.
    static let pragmaLine = "{{% CONTENT_TYPE: HTML_BY_SCALAR}}\n"
    /// The same pragma for a phrase, before its first word.
    static let inlinePragma = "{{% CONTENT_TYPE: HTML_BY_SCALAR}}"

    /// Registers the type with Mustache, once, before a template naming it is compiled.
    static let registered: Void = {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: "HTML_BY_SCALAR")
    }()

    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` with `<`, `>`, `&`, `"` and `'` written as HTML references.
    static func escape(_ text: String) -> String {
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
