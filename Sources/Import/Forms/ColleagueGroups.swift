/// The contract's `group` from a registration question such as `Je viens avec un·e collègue (e-mail)` or
/// `Ik kom met een collega`: people who name each other, or whom one names, go together. A named colleague
/// is found by e-mail (case and spaces ignored), or else by full name; one who did not register is a
/// warning at the cell, and the visitor keeps no group on that account.
enum ColleagueGroups {
    /// Sets `group` on the rows of `table` from their `colleague` values (kept as written where the export
    /// has a group column of its own): every set of rows joined by naming one another gets one group,
    /// named after the id of its first row (`G-V0003`).
    static func assign(_ table: inout CanonicalTable, diagnostics: inout [Diagnostic]) {
        var byEmail: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, row) in table.rows.enumerated() {
            let email = DuplicateRegistrations.key(row.text("email"))
            if !email.isEmpty, byEmail[email] == nil { byEmail[email] = index }
            for name in [row.text("first_name") + " " + row.text("last_name"),
                         row.text("last_name") + " " + row.text("first_name")] where byName[FormText.fold(name)] == nil {
                byName[FormText.fold(name)] = index
            }
        }
        var parent = Array(table.rows.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        for (index, row) in table.rows.enumerated() {
            guard let field = row.values["colleague"], !field.text.isEmpty else { continue }
            for item in items(field.text) {
                let found = item.contains("@") ? byEmail[DuplicateRegistrations.key(item)] : byName[FormText.fold(item)]
                guard let other = found else {
                    let source = table.source(of: row)
                    diagnostics.append(.warning("colleague: '\(item)' is not \(item.contains("@") ? "the e-mail" : "the name") "
                        + "of anyone who registered, so this visitor is not put with them; check it, or ask them to "
                        + "register", file: source.file, sheet: source.sheet, line: row.line,
                        column: field.column > 0 ? field.column : nil))
                    continue
                }
                if other != index { parent[root(other)] = root(index) }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in table.rows.indices { members[root(index), default: []].append(index) }
        for group in members.values where group.count > 1 {
            let first = group.min()!
            let rows = table.rows
            let name = group.map { rows[$0].text("group") }.first { !$0.isEmpty } ?? "G-" + rows[first].text("visitor_id")
            for index in group {
                table.rows[index].values["group"] = CSVTable.Field(text: name, line: table.rows[index].line,
                    column: table.rows[index].values["colleague"]?.column ?? 0)
            }
        }
    }

    /// The colleagues named in one cell: split at `;`, `,`, `/`, line breaks and the words for "and".
    private static func items(_ text: String) -> [String] {
        var spaced = " " + text + " "
        for word in [" et ", " en ", " and ", " & "] { spaced = spaced.replacingOccurrences(of: word, with: ";") }
        return FormText.listItems(spaced.replacingOccurrences(of: "/", with: ";"), commas: true)
            .map { item in item.split(whereSeparator: \.isWhitespace).first { $0.contains("@") }.map(String.init) ?? item }
    }
}
