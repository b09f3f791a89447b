/// People who registered more than once (the same e-mail, case and spaces ignored), in one form or across
/// the forms of several languages: the later registration counts, since people submit a form again to
/// change their choices; the earlier ones are set aside, each with a warning that names both rows.
enum DuplicateRegistrations {
    /// A registration replaced by a later one.
    struct Replaced {
        let source: SourceTable
        let line: Int
        /// Where the registration that counts is.
        let keptAt: String
    }

    /// The e-mail of a row as compared: lower case, without spaces.
    static func key(_ email: String) -> String {
        email.lowercased().filter { !$0.isWhitespace }
    }

    /// Removes from `table` every registration that a later one of the same person replaces. A later
    /// registration is the one with the later `registered_at` when both have one, else the one further down
    /// (the later file of the source, then the later row).
    static func resolve(_ table: inout CanonicalTable, diagnostics: inout [Diagnostic]) -> [Replaced] {
        var latest: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            let email = key(row.text("email"))
            guard !email.isEmpty else { continue }
            if let current = latest[email], !isLater(table.rows[current], than: row) { continue }
            latest[email] = index
        }
        var replaced: [Replaced] = []
        var keptRows: [CanonicalTable.Row] = []
        for (index, row) in table.rows.enumerated() {
            let email = key(row.text("email"))
            guard !email.isEmpty, let winner = latest[email], winner != index else {
                keptRows.append(row)
                continue
            }
            let kept = table.rows[winner]
            let source = table.source(of: row)
            let keptAt = DiagnosticPlace.rowLocation(table.source(of: kept), kept.line)
            let when = kept.text("registered_at").isEmpty ? "" : " (\(kept.text("registered_at")))"
            diagnostics.append(.warning("\(row.text("email")) registered again at \(keptAt)\(when); the later "
                + "registration counts, so this row is not carried over", file: source.file, sheet: source.sheet,
                line: row.line, column: row.values["email"].flatMap { $0.column > 0 ? $0.column : nil }))
            replaced.append(Replaced(source: source, line: row.line, keptAt: keptAt))
        }
        table.rows = keptRows
        return replaced
    }

    /// Whether `row` was registered after `earlier`: by their registration times when both can be
    /// compared, else by their order in the source.
    private static func isLater(_ earlier: CanonicalTable.Row, than row: CanonicalTable.Row) -> Bool {
        let a = earlier.text("registered_at").replacingOccurrences(of: " ", with: "T")
        let b = row.text("registered_at").replacingOccurrences(of: " ", with: "T")
        if Cell.looksLikeISO8601(a), Cell.looksLikeISO8601(b), a != b { return b > a }
        return true
    }
}
