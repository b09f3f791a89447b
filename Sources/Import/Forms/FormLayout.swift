/// The columns a form service adds to its export before the questions: Microsoft Forms (`ID`,
/// `Heure de début`, `Heure de fin`, `Adresse de messagerie`, `Nom`, `Heure de la dernière modification`)
/// and Google Forms (`Horodateur`, `Adresse e-mail`), in French, Dutch or English.
///
/// They are the form's own, not answers: the respondent's `Nom` is never a host's name. The submission
/// time gives `registered_at` and the respondent's e-mail a visitor's `email` when no question does;
/// the others are left out without a word.
struct FormLayout {
    /// What one of the service's columns holds.
    enum Role: Equatable {
        case responseID
        case startTime
        case submitted
        case respondentEmail
        case respondentName
        case lastModified
    }

    /// The service's columns: 0-based index → role.
    private(set) var columns: [Int: Role] = [:]

    /// The column of the submission time (Microsoft's completion time, Google's timestamp).
    var submitted: Int? { columns.first { $0.value == .submitted }?.key }
    /// The column of the respondent's e-mail, as the service collected it.
    var respondentEmail: Int? { columns.first { $0.value == .respondentEmail }?.key }

    /// Headers (folded) of Microsoft Forms' own columns.
    private static let microsoft: [String: Role] = roles([
        .responseID: ["id"],
        .startTime: ["heure de debut", "start time", "begintijd", "starttijd"],
        .submitted: ["heure de fin", "completion time", "eindtijd", "voltooiingstijd", "tijd van voltooiing"],
        .respondentEmail: ["adresse de messagerie", "email", "e mail", "e mailadres"],
        .respondentName: ["nom", "name", "naam"],
        .lastModified: ["heure de la derniere modification", "last modified time", "tijdstip van laatste wijziging",
                        "laatst gewijzigd", "tijd van laatste wijziging"],
    ])

    /// Headers (folded) of Google Forms' timestamp and collected e-mail.
    private static let googleTimestamp: Set<String> = ["horodateur", "horodatage", "marque temporelle", "tijdstempel",
                                                       "timestamp"]
    private static let googleEmail: Set<String> = ["adresse e mail", "adresse email", "e mailadres", "email address",
                                                   "nom d utilisateur", "gebruikersnaam", "username"]

    /// The layout of a table whose headers are `headers`: Microsoft's columns when the table starts with
    /// `ID`, a start and a completion time and the respondent's e-mail or name; Google's when it starts with
    /// a timestamp; none otherwise.
    init(headers: [String]) {
        let folded = headers.map { FormText.fold($0) }
        var leading: [Int: Role] = [:]
        for (index, header) in folded.prefix(6).enumerated() {
            guard let role = Self.microsoft[header], !leading.values.contains(role) else { break }
            leading[index] = role
        }
        let found = Set(leading.values)
        if leading[0] == .responseID, found.isSuperset(of: [.startTime, .submitted]),
           !found.isDisjoint(with: [.respondentEmail, .respondentName]) {
            columns = leading
        } else if let first = folded.first, Self.googleTimestamp.contains(first) {
            columns[0] = .submitted
            if folded.count > 1, Self.googleEmail.contains(folded[1]) { columns[1] = .respondentEmail }
        }
    }

    /// Turns role → headers lines into a header → role table.
    private static func roles(_ lists: [Role: [String]]) -> [String: Role] {
        var table: [String: Role] = [:]
        for (role, headers) in lists { for header in headers { table[header] = role } }
        return table
    }
}
