import Scheduling

/// visitors.csv: the people who registered, checked against the contract and against the ids of
/// hosts.csv and sessions.csv that their choices name.
struct VisitorsFile {
    static let name = ContractFile.visitors.name
    static let required = ContractFile.visitors.required
    static let optional = ContractFile.visitors.optional

    /// A row with an id: where it is, its choices as written, and the visitor when every value is valid.
    struct Entry {
        let id: String
        let line: Int
        /// The field number of `choices`, to point at them.
        let choicesColumn: Int?
        let choices: [String]
        let organization: String?
        /// Whether the person withdrew, and their group as written.
        let cancelled: Bool
        let group: String?
        let maxVisits: Int
        let visitor: Visitor?
    }

    /// The file name (and worksheet) that diagnostics about its rows name.
    private(set) var file = name
    private(set) var sheet: String?
    /// The first row of each id, in file order.
    private(set) var entries: [Entry] = []
    private(set) var registry = IDRegistry()
    /// Every language that some visitor can follow a visit in.
    private(set) var spokenLanguages: Set<Language> = []
    private var emails: [String: (id: String, line: Int)] = [:]
    private var index: [String: Int] = [:]

    /// Reads the rows of `table`. `event` gives default_max_visits and max_choices (the contract's defaults
    /// when event.yaml could not be read); choices are checked against `hosts` and `sessions` when both
    /// files could be read.
    init(table: CSVTable, event: Event?, hosts: HostsFile?, sessions: SessionsFile?, file: String = name,
         diagnostics: inout [Diagnostic]) {
        self.file = file
        sheet = table.sheet
        guard let columns = HeaderMap.of(table, file: file, required: Self.required, optional: Self.optional,
                                         diagnostics: &diagnostics) else { return }
        let rules = event ?? Event(name: "")
        var catalog: ChoiceCatalog?
        if let hosts, let sessions, hosts.hasIDs, sessions.hasIDs {
            catalog = ChoiceCatalog(hosts: hosts.registry, sessions: sessions.registry)
        }
        for record in table.rows where !record.isBlank {
            read(record, columns, rules, catalog, &diagnostics)
        }
    }

    /// The visitor row with this id.
    func entry(_ id: String) -> Entry? { index[id].map { entries[$0] } }

    /// The ids that a choice may name.
    private struct ChoiceCatalog {
        let hosts: IDRegistry
        let sessions: IDRegistry
        func contains(_ id: String) -> Bool { hosts.contains(id) || sessions.contains(id) }
        var allIDs: [String] { Array(hosts.ids) + Array(sessions.ids) }
    }

    private mutating func read(_ record: CSVTable.Record, _ columns: HeaderMap, _ event: Event,
                               _ catalog: ChoiceCatalog?, _ diagnostics: inout [Diagnostic]) {
        var problems: [Diagnostic] = []
        columns.checkWidth(of: record, diagnostics: &problems)
        func cell(_ column: String) -> Cell { columns.cell(column, in: record) }

        let idCell = cell("visitor_id")
        let id = idCell.required(&problems)?.identifier(&problems)
        let isFirst = id.map { registry.register($0, at: idCell, diagnostics: &problems) } ?? false
        let firstName = cell("first_name").required(&problems)?.text
        let lastName = cell("last_name").required(&problems)?.text
        let emailCell = cell("email")
        let email = emailCell.required(&problems)?.email(&problems)
        if let email { checkRepeated(email, of: id, at: emailCell, &problems) }
        let languages = cell("languages").required(&problems)?.languages(&problems)
        let languageCell = cell("language")
        let language = languageCell.language(&problems)
        if let language, let languages, !languages.contains(language) {
            problems.append(languageCell.warning("language \(language) is not among languages "
                + languages.map(\.code).joined(separator: ";") + "; it is used for what is sent to this person"))
        }
        let maxVisits = cell("max_visits").wholeNumber(in: ValueRange.maxVisits, &problems) ?? event.defaultMaxVisits
        let choicesCell = cell("choices")
        let choices = Self.choices(choicesCell, event: event, catalog: catalog, &problems)
        let available = cell("available").windows(&problems) ?? []
        let needsAccess = cell("needs_access").boolean(&problems) ?? false
        let openToSuggestions = cell("open_to_suggestions").boolean(&problems) ?? false
        let registeredAt = cell("registered_at").timestamp(&problems).map { RegistrationTime($0, timeZone: event.timezone) }
        let cancelled = cell("cancelled").boolean(&problems) ?? false
        let priority = cell("priority").boolean(&problems) ?? false
        let group = cell("group").optionalText

        let valid = !problems.containsError
        diagnostics += problems
        if let languages { spokenLanguages.formUnion(languages) }
        guard let id, isFirst else { return }
        var visitor: Visitor?
        if valid, let firstName, let lastName, let email, let languages {
            visitor = Visitor(id: id, firstName: firstName, lastName: lastName, email: email,
                              phone: cell("phone").optionalText, role: cell("role").optionalText,
                              organization: cell("organization").optionalText, sector: cell("sector").optionalText,
                              language: language, languages: languages, maxVisits: maxVisits, choices: choices,
                              available: available, needsAccess: needsAccess, openToSuggestions: openToSuggestions,
                              registeredAt: registeredAt, cancelled: cancelled, group: group, priority: priority)
        }
        index[id] = entries.count
        entries.append(Entry(id: id, line: record.line, choicesColumn: choicesCell.column, choices: choices,
                             organization: cell("organization").optionalText, cancelled: cancelled, group: group,
                             maxVisits: maxVisits, visitor: visitor))
    }

    /// The ranked ids as written; an error per id that names neither a host nor a session, and warnings
    /// for repeated ids and for ids past max_choices, which are ignored.
    private static func choices(_ cell: Cell, event: Event, catalog: ChoiceCatalog?,
                                _ problems: inout [Diagnostic]) -> [String] {
        let choices = cell.listItems
        if let catalog {
            for id in choices where !catalog.contains(id) {
                let meant = IdSuggestion.closest(to: id, among: catalog.allIDs)
                var problem = cell.error("choices: '\(id)' is neither a host_id of hosts.csv nor a session_id "
                    + "of sessions.csv" + IdSuggestion.hint(meant))
                problem.found = id
                problem.suggestion = meant
                problems.append(problem)
            }
        }
        var distinct: [String] = []
        var repeated: [String] = []
        for id in choices {
            if distinct.contains(id) {
                if !repeated.contains(id) { repeated.append(id) }
            } else {
                distinct.append(id)
            }
        }
        if !repeated.isEmpty {
            problems.append(cell.warning("choices: " + repeated.map { "'\($0)'" }.joined(separator: ", ")
                + " \(repeated.count == 1 ? "is" : "are") listed more than once; only the first counts"))
        }
        if distinct.count > event.maxChoices {
            problems.append(cell.warning("choices lists \(distinct.count) different ids but only the first "
                + "\(event.maxChoices) count (max_choices in event.yaml); "
                + distinct[event.maxChoices...].map { "'\($0)'" }.joined(separator: ", ") + " will be ignored"))
        }
        return choices
    }

    /// A warning when another visitor gave the same e-mail address (a person registered twice?).
    private mutating func checkRepeated(_ email: String, of id: String?, at cell: Cell, _ problems: inout [Diagnostic]) {
        let key = email.lowercased()
        if let earlier = emails[key] {
            problems.append(cell.warning("email is the same as that of visitor \(earlier.id) on line \(earlier.line); "
                + "is the same person registered twice?"))
        } else if let id {
            emails[key] = (id, cell.line)
        }
    }
}
