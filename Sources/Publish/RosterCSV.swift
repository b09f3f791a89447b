import Scheduling

/// One host's roster as a CSV file that a Belgian Excel opens with accents intact (see `CSVText`).
///
/// One row per (session, visitor), sessions in time order; a session nobody comes to has no row.
/// The header and the words in cells are in the host's language; dates are `YYYY-MM-DD` and times
/// `HH:MM`, which Excel reads as dates and times in any locale.
public enum RosterCSV {
    /// The roster as CSV text, starting with the byte-order mark, with a header row in the host's language.
    public static func render(_ roster: HostRoster) -> String {
        let wording = RosterTemplate.of(OutputLanguage(roster.host.language))
        var rows = [wording.csvHeader]
        for entry in roster.entries where entry.status == .open {
            let s = entry.session
            for v in entry.visitors {
                rows.append([
                    s.id, s.date.description, s.start.description, s.end.description,
                    wording.kindWords[s.kind] ?? s.kind.rawValue,
                    v.lastName, v.firstName, v.organization ?? "", v.role ?? "",
                    v.languages.map(wording.name(of:)).joined(separator: ", "), v.email, v.phone ?? "",
                ])
            }
        }
        return CSVText.document(rows)
    }
}
