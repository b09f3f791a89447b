import Testing
@testable import Publish

/// HTML pages against their golden files: the head every page shares (`PageStyle`: meta tags,
/// content security policy, style sheet) is replaced by a marker line, so that a golden file holds
/// what the page says and a change of style re-records nothing. `PageStyleTests` tests the head once.
extension Golden {
    /// Expects `page`, its shared head replaced by markers, to equal the golden file `name`.
    static func expectPage(_ page: String, language: OutputLanguage, matches name: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        expect(content(ofPage: page, language: language), matches: name, sourceLocation: sourceLocation)
    }

    /// The page with the head start (as rendered for `language`, without a script) and the style
    /// sheet each replaced by a marker line; a page whose head differs keeps it, and shows it in the diff.
    static func content(ofPage page: String, language: OutputLanguage) -> String {
        let library = PageLibrary.of(language)
        let start = library.render("headStart", ["lang": language.rawValue, "script": false])
        return page
            .replacingOccurrences(of: start, with: "<!-- PageStyle.headStart, lang=\"\(language.rawValue)\" -->\n")
            .replacingOccurrences(of: library.render("headEnd", [:]), with: "<!-- PageStyle.headEnd -->\n")
    }
}
