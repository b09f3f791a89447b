import Scheduling

/// The template context of one visit on a visitor's schedule, shared by the page, the mail and
/// the calendar. Values are plain text (each layout escapes for its format); an absent value is
/// `false`, so that a section never picks up a key of an enclosing context.
enum VisitContext {
    /// The keys of a visit: `dateTitle`, `time`, `isoStart`, `hostName`, `organization`, `title`,
    /// `isVisit`, `isImmersion`, `place`, `accessible`, `hasContact`, `contact`, `contactParts`,
    /// `rank`, `suggestion`, `description`.
    static func of(_ visit: VisitorSchedule.Visit, language: OutputLanguage) -> [String: TemplateData] {
        let host = visit.host, session = visit.session
        let parts = contactParts(host)
        var keys = sessionKeys(session, language: language)
        keys["hostName"] = .text(MarkdownText.oneLine(host.name))
        keys["organization"] = host.organization == host.name ? false : plain(host.organization)
        keys["place"] = plain(place(of: host))
        keys["accessible"] = .flag(host.accessible)
        keys["hasContact"] = .flag(!parts.isEmpty)
        keys["contact"] = parts.isEmpty ? false : .text(parts.map(\.text).joined(separator: ", "))
        keys["contactParts"] = .list(parts.map { ["text": .text($0.text), "href": .optional($0.href)] })
        keys["rank"] = visit.rank.map(TemplateData.number) ?? false
        keys["suggestion"] = .flag(visit.rank == nil)
        keys["description"] = plain(host.description)
        return keys
    }

    /// The keys every session has: `dateTitle`, `time`, `isoStart`, `title`, `isVisit`, `isImmersion`.
    static func sessionKeys(_ session: Session, language: OutputLanguage) -> [String: TemplateData] {
        [
            "dateTitle": .text(LocalizedDateText.dateTitle(session.date, in: language)),
            "time": .text(LocalizedDateText.timeRange(from: session.start, to: session.end, in: language)),
            "isoStart": .text("\(session.date)T\(session.start)"),
            "title": plain(session.title),
            "isVisit": .flag(session.kind == .visit),
            "isImmersion": .flag(session.kind == .immersion),
        ]
    }

    /// The host's address on one line: street, then postcode and commune.
    static func place(of host: Host) -> String? {
        let town = TemplateValue.joined([host.postcode, host.commune], separator: " ")
        return TemplateValue.joined([host.address, town], separator: ", ")
    }

    /// Text on one line, or `false` when missing or blank.
    static func plain(_ text: String?) -> TemplateData {
        guard let text, !text.trimmingSpaces().isEmpty else { return false }
        return .text(MarkdownText.oneLine(text))
    }

    /// A `tel:` URI for a phone number as people write it (`+32 2 625 25 95` → `tel:+3226252595`).
    static func phoneURI(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
    }

    /// The host's contact person, e-mail and phone, each with a link where it has one.
    private static func contactParts(_ host: Host) -> [(text: String, href: String?)] {
        var parts: [(text: String, href: String?)] = []
        if let name = host.contactName, !name.trimmingSpaces().isEmpty {
            parts.append((MarkdownText.oneLine(name), nil))
        }
        if let email = host.contactEmail, !email.trimmingSpaces().isEmpty {
            parts.append((email.trimmingSpaces(), EmailAddress(email)?.mailtoURI))
        }
        if let phone = host.contactPhone, !phone.trimmingSpaces().isEmpty {
            parts.append((phone.trimmingSpaces(), phoneURI(phone)))
        }
        return parts
    }
}
