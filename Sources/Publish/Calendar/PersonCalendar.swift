import Scheduling

/// iCalendar files (RFC 5545) for one visitor or one host, that Outlook, Google Calendar and
/// Apple Calendar import: one VEVENT per session with a stable UID, local times with the event's
/// VTIMEZONE, the place, and a description in the person's language.
///
/// A visitor's file carries METHOD:PUBLISH and no attendees: it names nobody but the hosts. A
/// host's file lists the visitors as attendees with the host's contact as organizer; it has no
/// METHOD, so that importing it never sends invitations.
struct PersonCalendar {
    let input: PlanningInput
    let zone: CalendarTimeZone
    /// DTSTAMP of every event (see `CalendarStamp`).
    let stamp: String
    /// UIDs and SEQUENCEs carried over from what was published before; nil: stable UIDs, SEQUENCE 0.
    var ledger: CalendarLedger? = nil

    /// The METHOD of the visitor's calendar (`visitor(_:)`): CANCEL when no visit is left (the file
    /// only removes the events already imported), else PUBLISH.
    static func method(of schedule: VisitorSchedule) -> String {
        schedule.visits.isEmpty ? "CANCEL" : "PUBLISH"
    }

    /// The visitor's calendar, or nil when the visitor has no visit and none to cancel.
    func visitor(_ schedule: VisitorSchedule) -> String? {
        guard Self.method(of: schedule) == "PUBLISH" else { return cancellation(schedule.visitor) }
        let language = OutputLanguage(schedule.visitor.language)
        let library = PageLibrary.of(language)
        var ics = header(method: "PUBLISH")
        for visit in schedule.visits {
            let context = PersonContext.eventKeys(input.event, language: language)
                .merging(VisitContext.of(visit, language: language)) { _, new in new }
            let host = visit.host
            ics.begin("VEVENT")
            identify(visitorID: schedule.visitor.id, session: visit.session, into: &ics)
            times(visit.session, into: &ics)
            ics.text("SUMMARY", library.line("visitSummary", context))
            ics.text("LOCATION", TemplateValue.joined([MarkdownText.oneLine(host.name), VisitContext.place(of: host)], separator: ", "))
            if let c = host.coordinates { ics.raw("GEO", [], "\(c.latitude);\(c.longitude)") }
            ics.text("DESCRIPTION", MarkdownText.tidy(library.render("visitDescription", context)).trimmingSpaces())
            ics.raw("STATUS", [], "CONFIRMED")
            ics.raw("TRANSP", [], "OPAQUE")
            ics.end("VEVENT")
        }
        appendCancelled(schedule.visitor, method: "PUBLISH", into: &ics)
        ics.end("VCALENDAR")
        return ics.rendered
    }

    /// The host's calendar: every session, the cancelled ones marked CANCELLED.
    func host(_ roster: HostRoster) -> String {
        let language = OutputLanguage(roster.host.language)
        let library = PageLibrary.of(language)
        var ics = header(method: nil)
        for entry in roster.entries {
            let context = PersonContext.eventKeys(input.event, language: language)
                .merging(PersonContext.session(entry, language: language)) { _, new in new }
            let isOpen = entry.status == .open
            ics.begin("VEVENT")
            identify(visitorID: nil, session: entry.session, into: &ics)
            times(entry.session, into: &ics)
            ics.text("SUMMARY", library.line("sessionSummary", context))
            ics.text("LOCATION", TemplateValue.joined([MarkdownText.oneLine(roster.host.name), VisitContext.place(of: roster.host)], separator: ", "))
            ics.text("DESCRIPTION", MarkdownText.tidy(library.render("sessionDescription", context)).trimmingSpaces())
            if isOpen, let email = roster.host.contactEmail.flatMap(EmailAddress.init) {
                let name = roster.host.contactName.map { [("CN", MarkdownText.oneLine($0))] } ?? []
                ics.raw("ORGANIZER", name, email.mailtoURI)
                for v in entry.visitors {
                    guard let address = EmailAddress(v.email) else { continue }
                    ics.raw("ATTENDEE", [("CN", MarkdownText.oneLine(v.fullName)), ("ROLE", "REQ-PARTICIPANT"),
                                         ("PARTSTAT", "ACCEPTED"), ("RSVP", "FALSE")], address.mailtoURI)
                }
            }
            ics.raw("STATUS", [], isOpen ? "CONFIRMED" : "CANCELLED")
            ics.raw("TRANSP", [], isOpen ? "OPAQUE" : "TRANSPARENT")
            ics.end("VEVENT")
        }
        ics.end("VCALENDAR")
        return ics.rendered
    }

    /// A UID that stays the same across runs: a SHA-256 of the event's name, the session and
    /// the visitor (none for a host's event), so that importing a new version updates the event.
    static func uid(_ event: String, _ session: String, _ visitor: String?) -> String {
        let key = [event, session, visitor ?? "host"].joined(separator: "\u{1F}")
        return String(SHA256.hex(key).prefix(32)) + "@po-plan"
    }

    /// BEGIN:VCALENDAR with its properties and the VTIMEZONE.
    func header(method: String?) -> ICalendarDocument {
        var ics = ICalendarDocument()
        ics.begin("VCALENDAR")
        ics.raw("VERSION", [], "2.0")
        ics.raw("PRODID", [], "-//po-plan//Portes Ouvertes//EN")
        ics.raw("CALSCALE", [], "GREGORIAN")
        if let method { ics.raw("METHOD", [], method) }
        ics.text("X-WR-CALNAME", MarkdownText.oneLine(input.event.name))
        if let component = zone.component {
            ics.raw("X-WR-TIMEZONE", [], zone.identifier)
            ics.append(component)
        }
        return ics
    }

    /// DTSTAMP, DTSTART and DTEND of a session.
    func times(_ session: Session, into ics: inout ICalendarDocument) {
        ics.raw("DTSTAMP", [], stamp)
        let start = zone.dateTime(session.date, session.start), end = zone.dateTime(session.date, session.end)
        ics.raw("DTSTART", start.parameters, start.value)
        ics.raw("DTEND", end.parameters, end.value)
    }
}
