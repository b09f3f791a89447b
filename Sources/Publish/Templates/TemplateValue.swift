import Scheduling

/// Values for template contexts. An absent value is `false` rather than a missing key, so a
/// section never picks up a key of the same name from an enclosing object.
enum TemplateValue {
    /// Inline Markdown text, or `false` when the text is missing or blank.
    static func inline(_ text: String?) -> Any {
        guard let text, !text.trimmingSpaces().isEmpty else { return false }
        return MarkdownText.inline(text)
    }

    /// Table-cell Markdown text; empty when missing.
    static func cell(_ text: String?) -> String {
        MarkdownText.cell(text ?? "")
    }

    /// The present parts joined, or nil when none is present.
    static func joined(_ parts: [String?], separator: String) -> String? {
        let present = parts.compactMap { $0?.trimmingSpaces() }.filter { !$0.isEmpty }
        return present.isEmpty ? nil : present.joined(separator: separator)
    }
}
