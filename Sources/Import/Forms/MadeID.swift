/// The ids po-plan makes for rows of an export that has none, from the row's position among the data
/// rows (so that fixing one row and importing again keeps every id). When one table comes in several
/// exports (one form per language), the rows of the second export are `V2-0001` …, of the third `V3-0001`
/// …: adding a row to one export never changes an id of another.
enum MadeID {
    /// `H001`, `S0001`, `V0001` for the row at `position` (0-based) of the first export of a table;
    /// `V2-0001` for the first row of its second export (`part` 1).
    static func make(_ kind: TableKind, _ position: Int, part: Int = 0) -> String {
        let number = "\(position + 1)"
        let pattern = kind.idPattern
        return pattern.prefix + (part > 0 ? "\(part + 1)-" : "")
            + String(repeating: "0", count: max(0, pattern.digits - number.count)) + number
    }
}
