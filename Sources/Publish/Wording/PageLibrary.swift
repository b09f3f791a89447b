import Foundation
import Scheduling

/// The compiled templates of one language: the shared layouts, with that language's words
/// registered beside them as partials.
///
/// A partial renders in its own content type, whatever its caller (see `TemplateContentType`), so
/// the words are compiled three times: behind the pragma of HTML (which every HTML layout carries
/// too) for the HTML layouts, behind a `CONTENT_TYPE: TEXT` pragma for the text layouts (mails,
/// calendars, reasons) and for phrases rendered on their own, and behind the Markdown pragma for
/// the Markdown layouts, where the text layouts they include are compiled as Markdown too.
struct PageLibrary: Sendable {
    private let html: TemplateLibrary
    private let text: TemplateLibrary
    private let markdown: TemplateLibrary

    /// The library of a language.
    static func of(_ language: OutputLanguage) -> PageLibrary {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }

    static let french = PageLibrary(words: words(.french), name: "fr")
    static let dutch = PageLibrary(words: words(.dutch), name: "nl")
    static let english = PageLibrary(words: words(.english), name: "en")

    /// Every word table of a language, merged.
    static func words(_ language: OutputLanguage) -> [String: String] {
        [PageWording.of(language), TeamWording.of(language), ChangeWording.of(language), ReasonWording.of(language),
         WeekWording.of(language), SupplyDemandWording.of(language), VariantWording.of(language),
         WorkspaceWording.of(language)]
            .reduce(into: [:]) { all, table in all.merge(table) { a, _ in a } }
    }

    /// The layouts every language shares, by name.
    static let layouts: [String: String] = [
        "headStart": PageStyle.headStart, "headEnd": PageStyle.headEnd, "searchScript": PageStyle.searchScript,
        "visitorPage": PageLayouts.visitorPage, "visitFacts": PageLayouts.visitFacts, "hostPage": PageLayouts.hostPage,
        "visitorMail": TextLayouts.visitorMail, "visitorEnd": TextLayouts.visitorEnd, "hostMail": TextLayouts.hostMail,
        "visitorSubject": TextLayouts.visitorSubject, "hostSubject": TextLayouts.hostSubject,
        "visitSummary": TextLayouts.visitSummary, "visitDescription": TextLayouts.visitDescription,
        "sessionSummary": TextLayouts.sessionSummary, "sessionDescription": TextLayouts.sessionDescription,
        "sessionPeople": TextLayouts.sessionPeople,
        "siteIndex": TeamLayouts.siteIndex, "report": TeamLayouts.report, "fillTable": TeamLayouts.fillTable,
        "scheduleMarkdown": MarkdownLayouts.schedule, "rosterMarkdown": MarkdownLayouts.roster,
        "rosterRow": MarkdownLayouts.rosterRow, "reason": ReasonLayouts.reason,
    ].merging(ChangeLayouts.all) { a, _ in a }.merging(WeekLayouts.all) { a, _ in a }
        .merging(SupplyDemandLayouts.all) { a, _ in a }.merging(VariantLayouts.all) { a, _ in a }
        .merging(WorkspaceLayouts.all) { a, _ in a }

    private init(words: [String: String], name: String) {
        var html: [String: Template] = [:], text: [String: Template] = [:]
        var markdown: [String: Template] = [:]
        for (key, layout) in Self.layouts {
            let kept = Self.keepingPartialLines(layout)
            // A layout without a pragma is HTML, escaped by scalar.
            let compiled = TemplateCompiler.compile(kept.hasPrefix("{{%") ? kept : TemplateContentType.html.pragmaLine + kept,
                                                    name: "\(key) (\(name))")
            html[key] = compiled
            text[key] = compiled
            markdown[key] = !kept.hasPrefix(Self.textPragma) ? compiled : TemplateCompiler.compile(
                TemplateContentType.markdown.pragma + kept.dropFirst(Self.textPragma.count), name: "\(key) (\(name), Markdown)")
        }
        for (key, phrase) in words where Self.layouts[key] == nil {
            html[key] = TemplateCompiler.compile(TemplateContentType.html.pragma + phrase, name: "\(key) (\(name))")
            text[key] = TemplateCompiler.compile(Self.textPragma + phrase, name: "\(key) (\(name), text)")
            markdown[key] = TemplateCompiler.compile(TemplateContentType.markdown.pragma + phrase, name: "\(key) (\(name), Markdown)")
        }
        self.html = TemplateLibrary(templates: html)
        self.text = TemplateLibrary(templates: text)
        self.markdown = TemplateLibrary(templates: markdown)
    }

    /// A text or Markdown layout where a line holding only a partial keeps its line break: Mustache drops the
    /// line break of such a "standalone" tag and expects the partial to end with one, but the
    /// words are phrases without one. An empty comment after the tag keeps the line as it is.
    static func keepingPartialLines(_ text: String) -> String {
        guard text.hasPrefix("{{%") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let t = line.trimmingSpaces()
            let single = t.hasPrefix("{{>") && t.hasSuffix("}}") && t.components(separatedBy: "{{").count == 2
            return single ? line + "{{! }}" : String(line)
        }.joined(separator: "\n")
    }

    /// The pragma that makes a template plain text (nothing escaped).
    static let textPragma = TemplateContentType.text.pragma

    /// The layout or phrase `name` rendered with `context`: an HTML layout as HTML, a Markdown
    /// layout as Markdown, anything else as plain text. Every name is built in, so a missing one is a bug.
    func render(_ name: String, _ context: [String: Any]) -> String {
        render(name, TemplateData(context))
    }

    /// The layout or phrase `name` rendered with typed keys (see `render(_:_:)`).
    func render(_ name: String, _ keys: [String: TemplateData]) -> String {
        render(name, .object(keys))
    }

    /// The layout or phrase `name` rendered with `data` (see `render(_:_:)`).
    func render(_ name: String, _ data: TemplateData) -> String {
        let layout = Self.layouts[name]
        let library = layout.map { $0.hasPrefix("{{%") ? ($0.hasPrefix(Self.textPragma) ? text : markdown) : html } ?? text
        guard let rendered = library.render(data, template: name) else {
            preconditionFailure("no template \(name)")
        }
        return rendered
    }

    /// A one-line text (a subject, a calendar summary): line breaks and runs of blanks made one space.
    func line(_ name: String, _ context: [String: Any]) -> String {
        line(name, TemplateData(context))
    }

    /// A one-line text from typed keys (see `line(_:_:)`).
    func line(_ name: String, _ keys: [String: TemplateData]) -> String {
        line(name, .object(keys))
    }

    private func line(_ name: String, _ data: TemplateData) -> String {
        MarkdownText.oneLine(render(name, data)).split(separator: " ").joined(separator: " ")
    }
}
