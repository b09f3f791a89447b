import Scheduling

/// Calendars that update themselves: the UID and SEQUENCE of each event from the `CalendarLedger`,
/// and visits that are gone written as cancellations with their old UID (RFC 5546).
extension PersonCalendar {
    /// The UID, and the SEQUENCE when above 0, of a visitor's visit or (`visitorID` nil) of a
    /// host's session.
    func identify(visitorID: String?, session: Session, into ics: inout ICalendarDocument) {
        let identity = ledger?.identity(visitorID: visitorID, hostID: session.hostID, sessionID: session.id)
        ics.raw("UID", [], identity?.uid ?? Self.uid(input.event.name, session.id, visitorID))
        if let sequence = identity?.sequence, sequence > 0 { ics.raw("SEQUENCE", [], String(sequence)) }
    }

    /// The calendar of a visitor who has no visit left but had some: METHOD:CANCEL with each gone
    /// visit, so that calendars remove the events already imported; nil when nothing was published.
    func cancellation(_ visitor: Visitor) -> String? {
        guard let ledger, !ledger.cancelled(visitorID: visitor.id, input: input).isEmpty else { return nil }
        var ics = header(method: "CANCEL")
        appendCancelled(visitor, method: "CANCEL", into: &ics)
        ics.end("VCALENDAR")
        return ics.rendered
    }

    /// The visitor's gone visits, each a VEVENT with its old UID, its SEQUENCE and
    /// STATUS:CANCELLED. A cancellation (METHOD:CANCEL) names the team's contact as ORGANIZER and
    /// the visitor alone as ATTENDEE, as RFC 5546 asks; a visit whose session left the input is
    /// written in a cancellation only (a published event needs its times).
    func appendCancelled(_ visitor: Visitor, method: String, into ics: inout ICalendarDocument) {
        guard let ledger else { return }
        let language = OutputLanguage(visitor.language), library = PageLibrary.of(language)
        for event in ledger.cancelled(visitorID: visitor.id, input: input) {
            let session = input.session(event.sessionID)
            guard session != nil || method == "CANCEL" else { continue }
            ics.begin("VEVENT")
            ics.raw("UID", [], event.uid)
            ics.raw("SEQUENCE", [], String(event.sequence))
            if let session {
                let host = input.host(of: session)
                times(session, into: &ics)
                var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
                    .merging(VisitContext.sessionKeys(session, language: language)) { _, new in new }
                context["hostName"] = MarkdownText.oneLine(host.name)
                ics.text("SUMMARY", library.line("calendarCancelledSummary", context))
                ics.text("LOCATION", TemplateValue.joined([MarkdownText.oneLine(host.name), VisitContext.place(of: host)], separator: ", "))
            } else {
                ics.raw("DTSTAMP", [], stamp)
            }
            if method == "CANCEL" {
                if let email = input.event.contact?.email?.trimmingSpaces(), !email.isEmpty {
                    let name = input.event.contact?.name.map { [("CN", MarkdownText.oneLine($0))] } ?? []
                    ics.raw("ORGANIZER", name, "mailto:" + email)
                }
                ics.raw("ATTENDEE", [("CN", MarkdownText.oneLine(visitor.fullName))], "mailto:" + visitor.email.trimmingSpaces())
            }
            ics.raw("STATUS", [], "CANCELLED")
            ics.end("VEVENT")
        }
    }
}
