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
    static func eventKeys(_ event: Event, language: OutputLanguage) -> [String: Any] {
        ["lang": language.rawValue, "eventName": MarkdownText.oneLine(event.name),
         "bassin": VisitContext.plain(event.bassin), "script": false].merging(teamContact(event)) { a, _ in a }
    }

    /// A visitor's week: `firstName`, `hasVisits`, `visitsOne`, `visitCount`, `visits`,
    /// `calendarFile`, `hasCalendar`, `pageURL`, and what they wait for (see `situation`).
    static func visitor(_ schedule: VisitorSchedule, input: PlanningInput, links: Links,
                        waiting: WaitingLists? = nil) -> [String: Any] {
        let language = OutputLanguage(schedule.visitor.language)
        return eventKeys(input.event, language: language)
            .merging(situation(schedule, input: input, waiting: waiting, language: language)) { _, new in new }
            .merging([
            "firstName": MarkdownText.oneLine(schedule.visitor.firstName),
            "hasVisits": !schedule.visits.isEmpty,
            "visitsOne": schedule.visits.count == 1,
            "visitCount": schedule.visits.count,
            "visits": schedule.visits.map { VisitContext.of($0, language: language) },
            "calendarFile": links.calendarFile ?? false,
            "hasCalendar": links.calendarFile != nil,
            "pageURL": links.pageURL ?? false,
        ]) { _, new in new }
    }

    /// A host's roster: `hostName`, `contactName`, `csvFile`, `calendarFile`, `pageURL` and
    /// `sessions` (see `session`).
    static func host(_ roster: HostRoster, input: PlanningInput, links: Links = .init()) -> [String: Any] {
        let language = OutputLanguage(roster.host.language)
        return eventKeys(input.event, language: language).merging([
            "hostName": MarkdownText.oneLine(roster.host.name),
            "contactName": VisitContext.plain(roster.host.contactName),
            "csvFile": links.csvFile ?? false,
            "calendarFile": links.calendarFile ?? false,
            "pageURL": links.pageURL ?? false,
            "sessions": roster.entries.map { entry -> [String: Any] in
                var keys = session(entry, language: language)
                keys["sheetFile"] = links.sheetFiles[entry.session.id] ?? false
                return keys
            },
        ]) { _, new in new }
    }

    /// One session of a roster and who comes: the session keys, `sessionID`, `capacity`,
    /// `capacityOne`, `open`, `cancelled`, `count`, `countOne`, `minVisitors`, `hasPhone` and `visitors`.
    static func session(_ entry: HostRoster.Entry, language: OutputLanguage) -> [String: Any] {
        let s = entry.session, isOpen = entry.status == .open
        return VisitContext.sessionKeys(s, language: language).merging([
            "sessionID": s.id, "capacity": s.capacity, "capacityOne": s.capacity == 1,
            "open": isOpen, "cancelled": !isOpen,
            "count": entry.visitors.count, "countOne": entry.visitors.count == 1,
            "minVisitors": s.minVisitors > 1 ? s.minVisitors as Any : false,
            "hasPhone": entry.visitors.contains { !($0.phone ?? "").trimmingSpaces().isEmpty },
            "visitors": isOpen ? entry.visitors.map { visitor($0, language: language) } : [],
        ]) { _, new in new }
    }

    /// One visitor on a roster.
    private static func visitor(_ v: Visitor, language: OutputLanguage) -> [String: Any] {
        [
            "lastName": MarkdownText.oneLine(v.lastName), "firstName": MarkdownText.oneLine(v.firstName),
            "organization": VisitContext.plain(v.organization), "role": VisitContext.plain(v.role),
            "languages": v.languages.map { LanguageNames.name(of: $0, in: language) }.joined(separator: ", "),
            "email": v.email.trimmingSpaces(), "mailto": EmailAddress(v.email)?.mailtoURI ?? false, "phone": VisitContext.plain(v.phone),
            "phoneURI": v.phone.map(VisitContext.phoneURI) ?? false,
        ]
    }
}
