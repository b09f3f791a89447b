import Scheduling

/// One host's roster as RFC 4180 CSV: comma-delimited, UTF-8, CRLF line endings.
///
/// One row per (session, visitor), sessions in time order; a session nobody comes to has no row.
/// The header is in the host's language; dates are `YYYY-MM-DD`, times `HH:MM`, languages
/// `fr;nl` as in the input files.
public enum RosterCSV {
    /// The roster as CSV text with a header row in the host's language.
    public static func render(_ roster: HostRoster) -> String {
        let wording = RosterTemplate.of(OutputLanguage(roster.host.language))
        var out = CSVText.record(wording.csvHeader)
        for entry in roster.entries where entry.status == .open {
            let s = entry.session
            for v in entry.visitors {
                out += CSVText.record([
                    s.id, s.date.description, s.start.description, s.end.description,
                    wording.kindWords[s.kind] ?? s.kind.rawValue,
                    v.lastName, v.firstName, v.organization ?? "", v.role ?? "",
                    v.languages.map(\.code).joined(separator: ";"), v.email, v.phone ?? "",
                ])
            }
        }
        return out
    }
}
