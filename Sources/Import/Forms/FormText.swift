import Foundation
import Scheduling

/// Text as people type it in forms, brought to a form that compares well: lower case, no accents,
/// punctuation turned into spaces, white space collapsed.
enum FormText {
    /// `"Nom de la Structure d'accueil "` → `"nom de la structure d accueil"`.
    static func fold(_ text: some StringProtocol) -> String {
        let plain = FoldedText(text).value.replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ß", with: "ss")
        let spaced = String(plain.map { $0.isLetter || $0.isNumber ? $0 : " " })
        return spaced.split(separator: " ").joined(separator: " ")
    }

    /// The folded words of `text`.
    static func words(_ text: some StringProtocol) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    /// Lower case without accents, keeping punctuation (for dates and times, where `/`, `.` and `:` matter).
    static func plain(_ text: some StringProtocol) -> String {
        FoldedText(text).value
    }

    /// The items of a list typed in one cell, split at `;` and line breaks (and at `,` when `commas`).
    static func listItems(_ text: String, commas: Bool = false) -> [String] {
        text.split { $0 == ";" || $0 == "\n" || $0 == "\r" || (commas && $0 == ",") }
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
    }

    /// The text inside the last `[...]` of a header, as Google Forms writes grid questions
    /// (`Disponibilités [Mardi 4/11 matin]` → `Mardi 4/11 matin`); nil when there is none.
    static func bracketed(_ header: String) -> String? {
        guard header.hasSuffix("]"), let open = header.lastIndex(of: "[") else { return nil }
        let inside = header[header.index(after: open)..<header.index(before: header.endIndex)].trimmingSpaces()
        return inside.isEmpty ? nil : inside
    }

    /// `'a', 'b' or 'c'`: a short list of quoted names for a message.
    static func quotedList(_ items: [String], conjunction: String = "or") -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted.last!
    }
}
