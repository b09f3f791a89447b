import Mustache

/// Markdown as a Mustache content type, so that a Markdown layout escapes people's text where it
/// inserts it, as an HTML layout does: `MARKDOWN` for running text (`MarkdownText.inline`),
/// `MARKDOWN_CELL` for a table row (`MarkdownText.cell`). Our own values that are not people's
/// text (dates, times) go in unescaped, with `{{{…}}}`.
struct MarkdownContentType: MustacheContentType {
    /// The pragma that makes a template running Markdown text.
    static let inlinePragma = "{{% CONTENT_TYPE: MARKDOWN}}"
    /// The pragma that makes a template a Markdown table row.
    static let cellPragma = "{{% CONTENT_TYPE: MARKDOWN_CELL}}"

    /// Registers both types with Mustache, once, before a template naming them is compiled.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(isCell: false), named: "MARKDOWN")
        MustacheContentTypes.register(MarkdownContentType(isCell: true), named: "MARKDOWN_CELL")
    }()

    /// Whether values are table cells (`|` escaped, no line start to guard) or running text.
    let isCell: Bool

    func escapeText(_ text: String) -> String {
        isCell ? MarkdownText.cell(text) : MarkdownText.inline(text)
    }
}
