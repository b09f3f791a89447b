import Scheduling
import Testing
@testable import Publish

/// Dates, times, Markdown escaping, languages and the built-in templates.
@Suite struct TextTests {
    @Test func datesAreWrittenOutPerLanguage() {
        let date = LocalDate(year: 2025, month: 11, day: 4)!
        #expect(LocalizedDateText.date(date, in: .french) == "mardi 4 novembre 2025")
        #expect(LocalizedDateText.date(date, in: .dutch) == "dinsdag 4 november 2025")
        #expect(LocalizedDateText.date(date, in: .english) == "Tuesday 4 November 2025")
        #expect(LocalizedDateText.dateTitle(date, in: .french) == "Mardi 4 novembre 2025")
        let first = LocalDate(year: 2025, month: 11, day: 1)!
        #expect(LocalizedDateText.date(first, in: .french) == "samedi 1er novembre 2025")
        #expect(LocalizedDateText.date(LocalDate(year: 2026, month: 2, day: 15)!, in: .dutch) == "zondag 15 februari 2026")
    }

    @Test func timesAreWrittenPerLanguage() {
        let start = TimeOfDay(hour: 9, minute: 30)!, end = TimeOfDay(hour: 11, minute: 30)!
        #expect(LocalizedDateText.timeRange(from: start, to: end, in: .french) == "9h30–11h30")
        #expect(LocalizedDateText.timeRange(from: start, to: end, in: .dutch) == "9.30–11.30 uur")
        #expect(LocalizedDateText.timeRange(from: start, to: end, in: .english) == "9:30–11:30")
        let whole = TimeOfDay(hour: 14, minute: 0)!
        #expect(LocalizedDateText.time(whole, in: .french) == "14h")
        #expect(LocalizedDateText.time(whole, in: .dutch) == "14.00 uur")
        #expect(LocalizedDateText.time(TimeOfDay(hour: 9, minute: 5)!, in: .english) == "9:05")
    }

    @Test func everyKindOfLineBreakIsFoldedIntoOneSpaceAndBlanksAroundAreTrimmed() {
        #expect(MarkdownText.oneLine("  Rue des Tilleuls 12 \r\n 1190 Forest\u{2028}Belgique  ") == "Rue des Tilleuls 12 1190 Forest Belgique")
        #expect(MarkdownText.oneLine("a\u{0B}b\u{0C}c\u{85}d\u{2029}e\n\n\nf") == "a b c d e f")
        #expect(MarkdownText.oneLine(" \t Maison médicale  ") == "Maison médicale")
        #expect(MarkdownText.oneLine("\n \r\n ") == "")
        // Every text of up to three pieces of letters, blanks, combining marks and every newline scalar:
        // the same as splitting on line-break characters.
        let pieces: [String] = ["a", "é", "e\u{301}", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}",
                                "\u{2028}", "\u{2029}", "\u{301}", "|", "*"]
        var texts = [""]
        for _ in 0..<3 { texts += texts.filter { $0.unicodeScalars.count < 3 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            let byCharacters = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                .joined(separator: " ").trimmingSpaces()
            #expect(MarkdownText.oneLine(text) == byCharacters, "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func tidyMarkdownLosesTrailingBlanksAndRepeatedEmptyLinesAsCharactersWould() {
        #expect(MarkdownText.tidy("\n\n# Title  \n\n\n\ntext\t\n \n") == "# Title\n\ntext\n")
        #expect(MarkdownText.tidy("a\r\n\r\nb") == "a\r\n\r\nb\n", "CR LF is one character, not a line feed")
        #expect(MarkdownText.tidy("a \u{301}\n") == "a \u{301}\n", "a blank with a combining mark is no blank")
        #expect(MarkdownText.tidy("\u{600} \n") == "\u{600} \n", "a prepended mark holds on to the blank after it")
        // Every text of up to four pieces: the same as working on characters.
        let pieces = ["a", "é", " ", "\t", "\n", "\r", "\r\n", "\u{301}", "\u{600}", "\u{200D}"]
        var texts = [""]
        for _ in 0..<4 { texts += texts.filter { $0.unicodeScalars.count < 4 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            var lines: [Substring] = []
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                var line = raw
                while let last = line.last, last == " " || last == "\t" { line.removeLast() }
                if line.isEmpty, lines.last?.isEmpty ?? true { continue }
                lines.append(line)
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            #expect(MarkdownText.tidy(text) == lines.joined(separator: "\n") + "\n", "\(text.unicodeScalars.map { $0.value })")
        }
    }

    /// A `[`, `*`, `#` or `<` followed by a combining mark is one Swift character but still that
    /// punctuation to a Markdown or SVG reader: it is escaped all the same (issue 10).
    @Test func punctuationFollowedByACombiningMarkIsStillEscaped() {
        #expect(MarkdownText.inline("[\u{338}click](javascript:x) *\u{301}b*") == "\\[\u{338}click\\](javascript:x) \\*\u{301}b\\*")
        #expect(MarkdownText.inline("#\u{301} title") == "\\#\u{301} title")
        #expect(SVGChart.escape("<\u{338}g \"\u{301}x\" &\u{301}") == "&lt;\u{338}g &quot;\u{301}x&quot; &amp;\u{301}")
    }

    @Test func markdownEscapesPunctuationButNotUnderscoresInsideWords() {
        #expect(MarkdownText.inline("*bold* [link] <b> a\\b") == "\\*bold\\* \\[link\\] \\<b\\> a\\\\b")
        #expect(MarkdownText.inline("jean_dupont@example.org") == "jean_dupont@example.org")
        #expect(MarkdownText.inline("_emph_") == "\\_emph\\_")
        #expect(MarkdownText.inline("# not a title") == "\\# not a title")
        #expect(MarkdownText.inline("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.inline("two\n\nlines ") == "two lines")
        #expect(MarkdownText.cell("a | b") == "a \\| b")
    }

    @Test func otherLanguagesWriteEnglish() {
        #expect(OutputLanguage("fr") == .french)
        #expect(OutputLanguage("nl") == .dutch)
        #expect(OutputLanguage("ar") == .english)
    }

    @Test func everyBuiltInTemplateParses() {
        for language in OutputLanguage.allCases {
            _ = PageLibrary.of(language)
        }
    }
}
