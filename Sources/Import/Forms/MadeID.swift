/// The ids po-plan makes for rows of an export that has none, from the row's position among the data
/// rows (so that fixing one row and importing again keeps every id).
enum MadeID {
    /// `H001`, `S0001`, `V0001` for the row at `position` (0-based).
    static func make(_ kind: TableKind, _ position: Int) -> String {
        let number = "\(position + 1)"
        let pattern = kind.idPattern
        return pattern.prefix + String(repeating: "0", count: max(0, pattern.digits - number.count)) + number
    }

    /// An e-mail address without the `mailto:` that some exports put before it.
    static func withoutMailto(_ text: String) -> String {
        text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
    }
}
