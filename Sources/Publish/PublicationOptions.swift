import Scheduling

/// What the team chooses about a publication beyond the plan itself.
public struct PublicationOptions: Sendable {
    /// The secret behind the file names of person pages.
    public var siteKey: SiteKey
    /// The language of the team's own pages: the site index and the report.
    public var teamLanguage: Language
    /// Where `site/` will be online (e.g. `https://example.org/po/`); when given, each mail links
    /// to the person's page.
    public var siteURL: String?
    /// Also write ready `.eml` files.
    public var eml: Bool
    /// What the calendars published before said (`calendar.json`), so that they update themselves.
    public var calendarHistory: CalendarHistory?
    /// Who came, once the team recorded it (`po-plan attendance`): certificates and the report's attendance.
    public var attendance: Attendance?
    /// The answers of the team's evaluation form (`po-plan feedback`), for the report.
    public var feedback: Feedback?

    public init(siteKey: SiteKey, teamLanguage: Language = .french, siteURL: String? = nil, eml: Bool = false,
                calendarHistory: CalendarHistory? = nil, attendance: Attendance? = nil, feedback: Feedback? = nil) {
        self.siteKey = siteKey
        self.teamLanguage = teamLanguage
        self.siteURL = siteURL
        self.eml = eml
        self.calendarHistory = calendarHistory
        self.attendance = attendance
        self.feedback = feedback
    }
}
