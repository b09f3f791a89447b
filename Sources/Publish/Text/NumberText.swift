/// Counts and shares written per language: "79 %" in French (with a no-break space), "79%" in
/// Dutch and English.
enum NumberText {
    /// `part` as a whole percentage of `whole`; 0 when `whole` is 0.
    static func percent(_ part: Int, of whole: Int, in language: OutputLanguage) -> String {
        let value = whole > 0 ? Int((100 * Double(part) / Double(whole)).rounded()) : 0
        return language == .french ? "\(value)\u{A0}%" : "\(value)%"
    }

    /// "150 (88 %)": a count with its share of `whole`.
    static func share(_ part: Int, of whole: Int, in language: OutputLanguage) -> String {
        "\(part) (\(percent(part, of: whole, in: language)))"
    }

    /// A number with one decimal: "4,2" in French and Dutch, "4.2" in English.
    static func decimal(_ value: Double, in language: OutputLanguage) -> String {
        let tenths = Int((value * 10).rounded())
        let text = "\(tenths / 10)" + (language == .english ? "." : ",") + "\(abs(tenths % 10))"
        return tenths < 0 && tenths > -10 ? "-" + text : text
    }
}
