import Foundation
import Mustache
import Scheduling

/// The compiled templates of one language: the shared layouts, with that language's words
/// registered beside them as partials.
///
/// Mustache renders every partial as HTML, whatever its caller, so the words are compiled twice:
/// as they are for the HTML layouts, and behind a `CONTENT_TYPE: TEXT` pragma for the text
/// layouts (mails, calendars) and for phrases rendered on their own, which are escaped later
/// where they are inserted.
struct PageLibrary: Sendable {
    private let html: MustacheLibrary
    private let text: MustacheLibrary

    /// The library of a language.
    static func of(_ language: OutputLanguage) -> PageLibrary {
        switch language {
        case .french: return french
        case .dutch: return dutch
        case .english: return english
        }
    }

    static let french = PageLibrary(words: PageWording.french.merging(TeamWording.french) { a, _ in a }.merging(ChangeWording.french) { a, _ in a }
        .merging(WeekWording.french) { a, _ in a }, name: "fr")
    static let dutch = PageLibrary(words: PageWording.dutch.merging(TeamWording.dutch) { a, _ in a }.merging(ChangeWording.dutch) { a, _ in a }
        .merging(WeekWording.dutch) { a, _ in a }, name: "nl")
    static let english = PageLibrary(words: PageWording.english.merging(TeamWording.english) { a, _ in a }.merging(ChangeWording.english) { a, _ in a }
        .merging(WeekWording.english) { a, _ in a }, name: "en")

    /// The layouts every language shares, by name.
    static let layouts: [String: String] = [
        "headStart": PageStyle.headStart, "headEnd": PageStyle.headEnd, "searchScript": PageStyle.searchScript,
        "visitorPage": PageLayouts.visitorPage, "visitFacts": PageLayouts.visitFacts, "hostPage": PageLayouts.hostPage,
        "visitorMail": TextLayouts.visitorMail, "hostMail": TextLayouts.hostMail,
        "visitorSubject": TextLayouts.visitorSubject, "hostSubject": TextLayouts.hostSubject,
        "visitSummary": TextLayouts.visitSummary, "visitDescription": TextLayouts.visitDescription,
        "sessionSummary": TextLayouts.sessionSummary, "sessionDescription": TextLayouts.sessionDescription,
        "sessionPeople": TextLayouts.sessionPeople,
        "siteIndex": TeamLayouts.siteIndex, "report": TeamLayouts.report, "fillTable": TeamLayouts.fillTable,
    ].merging(ChangeLayouts.all) { a, _ in a }.merging(WeekLayouts.all) { a, _ in a }

    private init(words: [String: String], name: String) {
        var html: [String: MustacheTemplate] = [:], text: [String: MustacheTemplate] = [:]
        for (key, layout) in Self.layouts {
            let compiled = TemplateCompiler.compile(Self.keepingPartialLines(layout), name: "\(key) (\(name))")
            html[key] = compiled
            text[key] = compiled
        }
        for (key, phrase) in words where Self.layouts[key] == nil {
            html[key] = TemplateCompiler.compile(phrase, name: "\(key) (\(name))")
            text[key] = TemplateCompiler.compile(Self.textPragma + phrase, name: "\(key) (\(name), text)")
        }
        self.html = MustacheLibrary(templates: html)
        self.text = MustacheLibrary(templates: text)
    }

    /// A text layout where a line holding only a partial keeps its line break: Mustache drops the
    /// line break of such a "standalone" tag and expects the partial to end with one, but the
    /// words are phrases without one. An empty comment after the tag keeps the line as it is.
    static func keepingPartialLines(_ text: String) -> String {
        guard text.hasPrefix(textPragma) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let t = line.trimmingSpaces()
            let single = t.hasPrefix("{{>") && t.hasSuffix("}}") && t.components(separatedBy: "{{").count == 2
            return single ? line + "{{! }}" : String(line)
        }.joined(separator: "\n")
    }

    /// The pragma that makes a template plain text (nothing escaped).
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// The layout or phrase `name` rendered with `context`: an HTML layout as HTML, anything else
    /// as plain text. Every name is built in, so a missing one is a bug.
    func render(_ name: String, _ context: [String: Any]) -> String {
        let isHTML = Self.layouts[name].map { !$0.hasPrefix(Self.textPragma) } ?? false
        guard let rendered = (isHTML ? html : text).render(context, withTemplate: name) else {
            preconditionFailure("no template \(name)")
        }
        return rendered
    }

    /// A one-line text (a subject, a calendar summary): line breaks and runs of blanks made one space.
    func line(_ name: String, _ context: [String: Any]) -> String {
        MarkdownText.oneLine(render(name, context)).split(separator: " ").joined(separator: " ")
    }
}
