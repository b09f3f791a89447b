import Scheduling

/// One host's roster as a CSV file that a Belgian Excel opens with accents intact (see `CSVText`).
///
/// One row per (session, visitor), sessions in time order; a session nobody comes to has no row.
/// The header and the words in cells are in the host's language; dates are `YYYY-MM-DD` and times
/// `HH:MM`, which Excel reads as dates and times in any locale.
public enum RosterCSV {
    /// The words of the header: the session's, then the columns of the roster's Markdown list,
    /// all in lower case.
    static let headerWords = ["csvSession", "csvDate", "csvStart", "csvEnd", "csvKind", "colLastName", "colFirstName",
                              "colOrganization", "colRole", "colLanguages", "colEmailInList", "colPhone"]

    /// The roster as CSV text, starting with the byte-order mark, with a header row in the host's language.
    public static func render(_ roster: HostRoster) -> String {
        let language = OutputLanguage(roster.host.language), library = PageLibrary.of(language)
        let kinds = Dictionary(uniqueKeysWithValues: Session.Kind.allCases.map { kind in
            (kind, library.render("kindWord", ["isVisit": kind == .visit, "isImmersion": kind == .immersion]))
        })
        var rows = [headerWords.map { library.render($0, [:]).lowercased() }]
        for entry in roster.entries where entry.status == .open {
            let s = entry.session
            for v in entry.visitors {
                rows.append([
                    s.id, s.date.description, s.start.description, s.end.description, kinds[s.kind] ?? s.kind.rawValue,
                    v.lastName, v.firstName, v.organization ?? "", v.role ?? "",
                    v.languages.map { LanguageNames.name(of: $0, in: language) }.joined(separator: ", "), v.email, v.phone ?? "",
                ])
            }
        }
        return CSVText.document(rows)
    }
}
