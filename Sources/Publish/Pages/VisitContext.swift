import Scheduling

/// The template context of one visit on a visitor's schedule, shared by the page, the mail and
/// the calendar. Values are plain text (each layout escapes for its format); an absent value is
/// `false`, so that a section never picks up a key of an enclosing context.
enum VisitContext {
    /// The keys of a visit: `dateTitle`, `time`, `isoStart`, `hostName`, `organization`, `title`,
    /// `isVisit`, `isImmersion`, `place`, `accessible`, `hasContact`, `contact`, `contactParts`,
    /// `rank`, `suggestion`, `description`.
    static func of(_ visit: VisitorSchedule.Visit, language: OutputLanguage) -> [String: Any] {
        let host = visit.host, session = visit.session
        let parts = contactParts(host)
        return sessionKeys(session, language: language).merging([
            "hostName": MarkdownText.oneLine(host.name),
            "organization": host.organization == host.name ? false : plain(host.organization),
            "place": plain(place(of: host)),
            "accessible": host.accessible,
            "hasContact": !parts.isEmpty,
            "contact": parts.isEmpty ? false : parts.map { $0["text"] as! String }.joined(separator: ", "),
            "contactParts": parts,
            "rank": visit.rank.map { $0 as Any } ?? false,
            "suggestion": visit.rank == nil,
            "description": plain(host.description),
        ]) { _, new in new }
    }

    /// The keys every session has: `dateTitle`, `time`, `isoStart`, `title`, `isVisit`, `isImmersion`.
    static func sessionKeys(_ session: Session, language: OutputLanguage) -> [String: Any] {
        [
            "dateTitle": LocalizedDateText.dateTitle(session.date, in: language),
            "time": LocalizedDateText.timeRange(from: session.start, to: session.end, in: language),
            "isoStart": "\(session.date)T\(session.start)",
            "title": plain(session.title),
            "isVisit": session.kind == .visit,
            "isImmersion": session.kind == .immersion,
        ]
    }

    /// The host's address on one line: street, then postcode and commune.
    static func place(of host: Host) -> String? {
        let town = TemplateValue.joined([host.postcode, host.commune], separator: " ")
        return TemplateValue.joined([host.address, town], separator: ", ")
    }

    /// Text on one line, or `false` when missing or blank.
    static func plain(_ text: String?) -> Any {
        guard let text, !text.trimmingSpaces().isEmpty else { return false }
        return MarkdownText.oneLine(text)
    }

    /// A `tel:` URI for a phone number as people write it (`+32 2 625 25 95` → `tel:+3226252595`).
    static func phoneURI(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }

    /// The host's contact person, e-mail and phone, each with a link where it has one.
    private static func contactParts(_ host: Host) -> [[String: Any]] {
        var parts: [[String: Any]] = []
        if let name = host.contactName, !name.trimmingSpaces().isEmpty {
            parts.append(["text": MarkdownText.oneLine(name), "href": false])
        }
        if let email = host.contactEmail, !email.trimmingSpaces().isEmpty {
            parts.append(["text": email.trimmingSpaces(), "href": EmailAddress(email)?.mailtoURI ?? false])
        }
        if let phone = host.contactPhone, !phone.trimmingSpaces().isEmpty {
            parts.append(["text": phone.trimmingSpaces(), "href": phoneURI(phone)])
        }
        return parts
    }
}
