/// Writes a visitor's organization as the hosts' table spells it when it clearly means one host's
/// organization (`SSM La Passerelle` for `Service de santé mentale La Passerelle`), so that the contract's
/// rule keeps the visitor away from their own service; a warning names both rows.
enum OrganizationSpelling {
    /// Rewrites the organizations of `visitors` that resemble exactly one organization of `hosts`; one that
    /// resembles several is left as written (the contract's checks then warn about each).
    static func apply(_ visitors: inout CanonicalTable, hosts: CanonicalTable, diagnostics: inout [Diagnostic]) {
        var organizations: [(name: String, row: CanonicalTable.Row, tokens: Set<String>)] = []
        var seen: Set<String> = []
        for row in hosts.rows {
            let name = row.text("organization").isEmpty ? row.text("name") : row.text("organization")
            if !name.isEmpty, seen.insert(FormText.fold(name)).inserted {
                organizations.append((name, row, OrganizationResemblance.tokens(name)))
            }
        }
        for index in visitors.rows.indices {
            guard let field = visitors.rows[index].values["organization"], !field.text.isEmpty,
                  !seen.contains(FormText.fold(field.text)) else { continue }
            let mine = OrganizationResemblance.tokens(field.text)
            let like = organizations.filter { OrganizationResemblance.resembles(mine, $0.tokens) }
            guard like.count == 1 else { continue }
            let (name, host, _) = like[0]
            let row = visitors.rows[index]
            let source = visitors.source(of: row)
            diagnostics.append(.warning("organization: '\(field.text)' is written '\(name)', as host "
                + "\(host.text("host_id")) (\(DiagnosticPlace.rowLocation(hosts.source(of: host), host.line))) spells it, so that "
                + "this visitor is never sent to their own organization; check it", file: source.file,
                sheet: source.sheet, line: row.line, column: field.column > 0 ? field.column : nil))
            visitors.rows[index].values["organization"]?.text = name
        }
    }
}
