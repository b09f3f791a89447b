import Foundation
import Scheduling

/// The certificates of participation: for each visitor marked present at least once, a
/// printable page in their language (the event, the bassin, each visit they came to with its
/// date, hours and duration, the total time, signed by the coordination team of event.yaml's
/// `contact`), and a mail to send it with. A visitor marked absent everywhere gets none; a visit
/// they missed is not on it.
///
/// Certificates are the team's to send: they lie in the plan folder (`certificates/<visitor>.html`,
/// outside `site/`), their mails in `mails/certificates/`.
struct Certificates {
    let plan: Plan
    let input: PlanningInput
    let attendance: Attendance
    /// A visitor's page address online, when the team gave the site's address.
    let pageURL: (Visitor) -> String?
    let visitorNames: FileNames

    /// One visitor's certificate.
    struct Certificate {
        let visitor: Visitor
        /// The visits the visitor came to, in time order.
        let visits: [VisitorSchedule.Visit]
        /// The sum of their durations, in minutes.
        var totalMinutes: Int { visits.reduce(0) { $0 + Certificates.minutes(of: $1.session) } }
    }

    /// The length of a session in minutes.
    static func minutes(of session: Session) -> Int { session.end.minutes - session.start.minutes }

    /// The certificates, in the input's order of visitors: only visitors who came to a visit of the plan.
    var certificates: [Certificate] {
        let present = attendance.presentSessions, views = PlanViews(plan, input: input)
        return input.visitors.compactMap { visitor in
            guard let sessions = present[visitor.id] else { return nil }
            let visits = views.schedule(for: visitor).visits.filter { sessions.contains($0.session.id) }
            return visits.isEmpty ? nil : Certificate(visitor: visitor, visits: visits)
        }
    }

    /// The page, the mails (merge files and, with `eml`, drafts) of every certificate.
    func files(eml: Bool) -> [PublishedFile] {
        var files: [PublishedFile] = [], mails: [(name: String, mail: Mail)] = []
        for certificate in certificates {
            let name = visitorNames[certificate.visitor.id]
            let page = html(certificate)
            let path = "certificates/\(name).html"
            files.append(PublishedFile(path: path, text: page))
            mails.append(("visitor-\(name)", mail(certificate, attachment: Mail.Attachment(
                path: path, fileName: fileName(certificate), contentType: "text/html; charset=UTF-8", data: Data(page.utf8)))))
        }
        guard !mails.isEmpty else { return files }
        files += MailMerge.files(mails.map(\.mail), folder: "mails/certificates")
        if eml { files += mails.map { PublishedFile(path: "mails/certificates/eml/\($0.name).eml", text: $0.mail.eml) } }
        return files
    }

    /// The keys of a certificate (see `AfterWeekLayouts.certificatePage`).
    func context(_ certificate: Certificate) -> [String: Any] {
        let v = certificate.visitor, language = OutputLanguage(v.language)
        return (PersonContext.eventKeys(input.event, language: language) as [String: Any]).merging([
            "fullName": MarkdownText.oneLine(v.fullName), "firstName": MarkdownText.oneLine(v.firstName),
            "organization": VisitContext.plain(v.organization), "role": VisitContext.plain(v.role),
            "visits": certificate.visits.map { visit -> [String: Any] in
                (VisitContext.of(visit, language: language) as [String: Any]).merging([
                    "duration": DurationText.text(minutes: Self.minutes(of: visit.session), in: language),
                ]) { _, new in new }
            },
            "visitCount": certificate.visits.count, "visitsOne": certificate.visits.count == 1,
            "total": DurationText.text(minutes: certificate.totalMinutes, in: language),
            "issuedOn": LocalizedDateText.date(attendance.recordedOn, in: language),
            "teamName": VisitContext.plain(input.event.contact?.name),
            "pageURL": pageURL(v) ?? false,
        ]) { _, new in new }
    }

    /// The certificate as a page.
    func html(_ certificate: Certificate) -> String {
        PageLibrary.of(OutputLanguage(certificate.visitor.language)).render("certificatePage", context(certificate))
    }

    /// The mail that sends it, from the team, to the visitor.
    func mail(_ certificate: Certificate, attachment: Mail.Attachment) -> Mail {
        let v = certificate.visitor, library = PageLibrary.of(OutputLanguage(v.language))
        let context = context(certificate)
        var mail = Mail(address: v.email.trimmingSpaces(), name: v.fullName, language: v.language,
                        subject: library.line("certificateSubject", context),
                        body: MarkdownText.tidy(library.render("certificateMail", context)), attachment: attachment,
                        team: input.event.contact)
        mail.firstName = MarkdownText.oneLine(v.firstName)
        mail.pageURL = pageURL(v)
        return mail
    }

    /// The name the attachment shows: the certificate's title in the visitor's language, as ASCII.
    func fileName(_ certificate: Certificate) -> String {
        let title = PageLibrary.of(OutputLanguage(certificate.visitor.language)).line("certificateTitle", [:])
        let slug = FoldedText(title).value.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return slug + ".html"
    }
}
