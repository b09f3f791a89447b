import Foundation
import Testing
import Scheduling

/// Text compared the contract's way: case and diacritics folded, blanks collapsed.
@Suite struct FoldedTextTests {
    @Test func caseDiacriticsAndBlanksAreFolded() {
        #expect(FoldedText("  Maison   Médicale\tLE Noyer ").value == "maison medicale le noyer")
        #expect(FoldedText("H012").value == "h012")
        #expect(FoldedText("Sint-Jans-Molenbeek\r\n").value == "sint-jans-molenbeek")
        #expect(FoldedText(" \t\n").isEmpty)
    }

    @Test func plainASCIIFoldsAsFoundationAndCharactersDo() {
        // Every text of up to three pieces of ASCII letters, digits, blanks and control characters
        // (the byte path) against Foundation's folding and a split on whitespace characters.
        let pieces = ["a", "Z", "0", "-", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "\u{7F}", "I"]
        var texts = [""]
        for _ in 0..<3 { texts += texts.filter { $0.unicodeScalars.count < 3 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            let reference = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(FoldedText(text).value == reference, "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func latinTextFoldsAsFoundationDoes() {
        // Every scalar below U+0180 alone and beside each of a few others (the table path), and
        // texts that leave the range (Foundation's path), against Foundation's folding of the whole.
        let latin = (0..<0x180).map { String(Character(Unicode.Scalar($0)!)) }
        let beside = ["a", "É", " ", "\u{A0}", "\u{85}", "\r\n", "ß", "ĳ", "\u{301}", "Œ", "ı", "İ"]
        var texts = latin
        for scalar in latin { texts += beside.flatMap { [scalar + $0, $0 + scalar, $0 + scalar + $0] } }
        texts += ["  Crèche   Les Petits Œufs ", "Sint-Agatha-Berchem\u{A0}", "e\u{301}cole", "Ζωή", "Straße  Ĳzer"]
        for text in texts {
            let reference = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(FoldedText(text).value == reference, "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func trimmingSpacesIsTheCharacterWiseTrim() {
        // Every text of up to three pieces, with blanks, letters, marks that join the character
        // before them and a mark that joins the one after it, against the character-wise rule.
        let pieces = ["a", "é", " ", "\u{A0}", "\t", "\r\n", "\u{301}", "\u{600}", "#", "\u{20E3}", "~"]
        var texts = [""]
        for _ in 0..<3 { texts += texts.filter { $0.unicodeScalars.count < 3 }.flatMap { t in pieces.map { t + $0 } } }
        for text in Set(texts) {
            var s = Substring(text)
            while let f = s.first, f.isWhitespace { s.removeFirst() }
            while let l = s.last, l.isWhitespace { s.removeLast() }
            #expect(text.trimmingSpaces() == String(s), "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
