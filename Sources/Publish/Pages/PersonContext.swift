import Scheduling

/// The template contexts of a visitor's week and of a host's roster. A visitor's context holds
/// only that visitor and the hosts they visit, so no other visitor can ever appear in what is
/// rendered from it.
enum PersonContext {
    /// Links from a person's page and mail: the page's own calendar (and roster) file names,
    /// relative to the page, and the page's address online when the team gave one.
    struct Links {
        var calendarFile: String?
        var csvFile: String?
        var pageURL: String?
        /// A host's sign-in sheets, by session id, relative to the page.
        var sheetFiles: [String: String]

        init(calendarFile: String? = nil, csvFile: String? = nil, pageURL: String? = nil, sheetFiles: [String: String] = [:]) {
            self.calendarFile = calendarFile
            self.csvFile = csvFile
            self.pageURL = pageURL
            self.sheetFiles = sheetFiles
        }
    }

    /// The keys shared by every page of an event: `lang`, `eventName`, `bassin`, `script`, and
    /// the team's contact (see `teamContact`).
    static func eventKeys(_ event: Event, language: OutputLanguage) -> [String: TemplateData] {
        ["lang": .text(language.rawValue), "eventName": .text(MarkdownText.oneLine(event.name)),
         "bassin": VisitContext.plain(event.bassin), "script": false].merging(teamContact(event)) { a, _ in a }
    }

    /// A visitor's week: `firstName`, `hasVisits`, `visitsOne`, `visitCount`, `visits`,
    /// `calendarFile`, `hasCalendar`, `pageURL`, and what they wait for (see `situation`).
    static func visitor(_ schedule: VisitorSchedule, input: PlanningInput, links: Links,
                        waiting: WaitingLists? = nil) -> [String: TemplateData] {
        linking(visitorWeek(schedule, input: input, waiting: waiting), to: links)
    }

    /// A visitor's week without its links, to be given them by `linking`: built once for the
    /// schedule (which has none), the page and the mail.
    static func visitorWeek(_ schedule: VisitorSchedule, input: PlanningInput, waiting: WaitingLists?) -> [String: TemplateData] {
        let language = OutputLanguage(schedule.visitor.language)
        var keys = eventKeys(input.event, language: language)
        keys.merge(situation(schedule, input: input, waiting: waiting, language: language)) { _, new in new }
        keys["firstName"] = .text(MarkdownText.oneLine(schedule.visitor.firstName))
        keys["hasVisits"] = .flag(!schedule.visits.isEmpty)
        keys["visitsOne"] = .flag(schedule.visits.count == 1)
        keys["visitCount"] = .number(schedule.visits.count)
        keys["visits"] = .objects(schedule.visits.map { VisitContext.of($0, language: language) })
        return keys
    }

    /// A visitor's week with its links: `calendarFile`, `hasCalendar`, `pageURL`.
    static func linking(_ week: [String: TemplateData], to links: Links) -> [String: TemplateData] {
        var keys = week
        keys["calendarFile"] = .optional(links.calendarFile)
        keys["hasCalendar"] = .flag(links.calendarFile != nil)
        keys["pageURL"] = .optional(links.pageURL)
        return keys
    }

    /// A host's roster: `hostName`, `contactName`, `csvFile`, `calendarFile`, `pageURL` and
    /// `sessions` (see `session`).
    static func host(_ roster: HostRoster, input: PlanningInput, links: Links = .init()) -> [String: TemplateData] {
        let language = OutputLanguage(roster.host.language)
        var keys = eventKeys(input.event, language: language)
        keys["hostName"] = .text(MarkdownText.oneLine(roster.host.name))
        keys["contactName"] = VisitContext.plain(roster.host.contactName)
        keys["csvFile"] = .optional(links.csvFile)
        keys["calendarFile"] = .optional(links.calendarFile)
        keys["pageURL"] = .optional(links.pageURL)
        keys["sessions"] = .objects(roster.entries.map { entry in
            var keys = session(entry, language: language)
            keys["sheetFile"] = .optional(links.sheetFiles[entry.session.id])
            return keys
        })
        return keys
    }

    /// One session of a roster and who comes: the session keys, `sessionID`, `capacity`,
    /// `capacityOne`, `open`, `cancelled`, `count`, `countOne`, `minVisitors`, `hasPhone` and `visitors`.
    static func session(_ entry: HostRoster.Entry, language: OutputLanguage) -> [String: TemplateData] {
        let s = entry.session, isOpen = entry.status == .open
        var keys = VisitContext.sessionKeys(s, language: language)
        keys["sessionID"] = .text(s.id)
        keys["capacity"] = .number(s.capacity)
        keys["capacityOne"] = .flag(s.capacity == 1)
        keys["open"] = .flag(isOpen)
        keys["cancelled"] = .flag(!isOpen)
        keys["count"] = .number(entry.visitors.count)
        keys["countOne"] = .flag(entry.visitors.count == 1)
        keys["minVisitors"] = s.minVisitors > 1 ? .number(s.minVisitors) : false
        keys["hasPhone"] = .flag(entry.visitors.contains { !($0.phone ?? "").trimmingSpaces().isEmpty })
        keys["visitors"] = .objects(isOpen ? entry.visitors.map { visitor($0, language: language) } : [])
        return keys
    }

    /// One visitor on a roster.
    private static func visitor(_ v: Visitor, language: OutputLanguage) -> [String: TemplateData] {
        [
            "lastName": .text(MarkdownText.oneLine(v.lastName)), "firstName": .text(MarkdownText.oneLine(v.firstName)),
            "organization": VisitContext.plain(v.organization), "role": VisitContext.plain(v.role),
            "languages": .text(v.languages.map { LanguageNames.name(of: $0, in: language) }.joined(separator: ", ")),
            "email": .text(v.email.trimmingSpaces()), "mailto": .optional(EmailAddress(v.email)?.mailtoURI),
            "phone": VisitContext.plain(v.phone), "phoneURI": .optional(v.phone.map(VisitContext.phoneURI)),
        ]
    }
}
