/// The ids of one file with the line of their first use, so that a repeated id is reported with both.
struct IDRegistry {
    /// The line of the first row that uses each id.
    private(set) var firstLine: [String: Int] = [:]

    /// Records `id`, read from `cell`; false, with an error at `cell`, when an earlier row used it.
    mutating func register(_ id: String, at cell: Cell, diagnostics: inout [Diagnostic]) -> Bool {
        if let first = firstLine[id] {
            diagnostics.append(cell.error("\(cell.header) '\(id)' is used twice; it is first used on line \(first), "
                + "and ids must be unique"))
            return false
        }
        firstLine[id] = cell.line
        return true
    }

    /// Whether some row uses `id`.
    func contains(_ id: String) -> Bool { firstLine[id] != nil }

    /// Every id, in no particular order.
    var ids: Dictionary<String, Int>.Keys { firstLine.keys }
}
