/// import-report.md: what an import read and wrote, in words for the team: rows in and out per table, every
/// row not carried over with its reasons, then the warnings worth a look.
enum ImportReport {
    /// The report of `outcome`; `source` names the source that was imported.
    static func markdown(_ outcome: ImportOutcome, source: String) -> String {
        let errors = outcome.reading.errors
        let warnings = outcome.reading.warnings
        var lines = ["# Import report", "", "Source: `\(source)`", ""]
        if errors.isEmpty {
            lines.append("Every row was carried over. This folder can be planned with `po-plan plan`.")
        } else {
            lines.append("**\(errors.count) error(s): fix them in the source and import again before planning.** "
                + "Rows with an error are not in this folder; they are listed below.")
        }
        lines += ["", "## Rows", "", "Each file (or sheet) read, with what became of its rows; several exports of one table "
            + "(one form per language) are merged.", "",
                  "| source | table | rows in | carried over | not carried over | replaced by a later registration |",
                  "|---|---|---:|---:|---:|---:|"]
        for count in outcome.counts {
            lines.append("| \(cell(count.source)) | \(count.kind) | \(count.rowsIn) | \(count.rowsOut) | \(count.rowsLeftOut) "
                + "| \(count.rowsMerged) |")
        }
        lines += ["", "Written: " + InputFolder.tableNames
            .map { "\($0) \(outcome.written[$0] ?? 0) rows" }.joined(separator: ", ") + "."]
        if !outcome.ignored.isEmpty {
            lines += ["", "Not read (no table of the plan): " + outcome.ignored.map { "`\($0)`" }.joined(separator: ", ") + "."]
        }
        if !outcome.merged.isEmpty {
            lines += ["", "## Registrations replaced by a later one", "",
                      "The same person (same e-mail) registered again; the later registration counts.", ""]
            lines += outcome.merged.map { "- **\($0.location)**, replaced by \($0.keptAt)" }
        }
        lines += ["", "## Rows not carried over", ""]
        if outcome.leftOut.isEmpty { lines.append("None.") }
        for row in outcome.leftOut {
            lines.append("- **\(row.location)**")
            for reason in row.reasons { lines.append("  - \(reason)") }
        }
        // One set of every reason, so that this stays linear in the number of problems.
        let listed = Set(outcome.leftOut.flatMap(\.reasons))
        let other = errors.filter { d in d.line == nil || !listed.contains("\(d.location): \(d.message)") }
        if !other.isEmpty {
            lines += ["", "## Other errors", ""] + other.map { "- \($0.description)" }
        }
        lines += ["", "## Warnings", ""]
        lines += warnings.isEmpty ? ["None."] : warnings.map { "- \($0.description)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table cell without the `|` that would end it.
    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "/") }
}
