import Scheduling

/// The draft of columns.yaml that `po-plan import --suggest-mapping` prints: for each table, the file or
/// sheet it was found in, the column found for each field (empty when none), and the columns not used.
enum MappingDraft {
    /// The YAML text of the draft for `files`; problems met while reading the headers go to `diagnostics`.
    static func yaml(_ files: SourceFiles, source: String, diagnostics: inout [Diagnostic]) -> String {
        var lines = [
            "# columns.yaml drafted by po-plan import --suggest-mapping from \(source).",
            "# For each table: which column holds each field. Correct the wrong ones, fill in the empty ones",
            "# (\"\" means: no column, leave the field empty), then save this file as columns.yaml beside the",
            "# exports. Column names are compared without accents or case.",
            "tables:",
        ]
        for kind in TableKind.allCases {
            let name = files.tables[kind].map { quoted($0.sheet ?? $0.file) } ?? "\"\"   # not found: give the file or sheet name"
            lines.append("  \(kind.rawValue): \(name)")
        }
        for kind in TableKind.allCases {
            guard let table = files.tables[kind] else { continue }
            let roles = ColumnRoles(table, kind: kind, mapping: files.mapping, diagnostics: &diagnostics)
            lines += ["", "\(kind.rawValue):   # \(table.displayName)"]
            let extraFields = HeaderVocabulary.synonyms(kind).keys.filter { !kind.columns.contains($0) }.sorted()
            for field in kind.columns + extraFields where field != "choices" && field != "available" {
                if let index = roles.fields[field] {
                    lines.append("  \(field): \(quoted(roles.headers[index]))")
                } else if kind.columns.contains(field) {
                    let note = field == kind.idColumn ? "made by po-plan" : kind.requiredFields.contains(field)
                        ? "REQUIRED: no column found" : "no column found"
                    lines.append("  \(field): \"\"   # \(note)")
                }
            }
            if kind == .visitors {
                if let index = roles.fields["choices"] {
                    lines.append("  choices: \(quoted(roles.headers[index]))")
                } else {
                    let ranked = roles.choices.map { quoted(roles.headers[$0]) }
                    lines.append("  choices: [\(ranked.joined(separator: ", "))]" + (ranked.isEmpty ? "   # no column found" : ""))
                }
                if let index = roles.fields["available"] {
                    lines.append("  available: \(quoted(roles.headers[index]))")
                } else if roles.availability.isEmpty {
                    lines.append("  available: \"\"   # no column found")
                } else {
                    lines.append("  # available: read from the day columns " + roles.availability
                        .map { quoted(roles.headers[$0.index]) }.joined(separator: ", "))
                }
            }
            if !roles.extras.isEmpty {
                lines.append("  # not used (carried over as they are): " + roles.extras.map { quoted($0.header) }
                    .joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted string.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingScalars(["\\": "\\\\", "\"": "\\\"", "\n": "\\n"]) + "\""
    }
}
