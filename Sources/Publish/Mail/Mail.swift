import Foundation
import Scheduling

/// One mail for the team to send from its own mailbox: to one person, in their language, with
/// their calendar attached. po-plan writes mails; it never sends them.
struct Mail {
    let address: String
    let name: String
    let language: Language
    let subject: String
    let body: String
    /// The attached calendar, when the person has one.
    let attachment: Attachment?
    /// The coordination team (event.yaml's contact): the mail is from it and answers go to it.
    var team: Contact? = nil
    /// The person's first name, for a merge's own greeting; nil for a host's contact.
    var firstName: String? = nil
    /// The person's own page online, when the team gave the site's address.
    var pageURL: String? = nil
    /// Whom the mail is for: `visitor` or `host` (a column of the mail-merge file).
    var recipient = "visitor"

    /// A file attached to a mail.
    struct Attachment {
        /// Where the file is, relative to the plan folder (the mail-merge file's column).
        let path: String
        /// The name the recipient sees.
        let fileName: String
        let contentType: String
        let data: Data
    }

    /// The mail to a visitor: their week, or why they have no visit.
    static func visitor(_ schedule: VisitorSchedule, input: PlanningInput, links: PersonContext.Links,
                        attachment: Attachment?, waiting: WaitingLists? = nil) -> Mail {
        visitor(schedule, input: input, context: PersonContext.visitor(schedule, input: input, links: links, waiting: waiting),
                links: links, attachment: attachment)
    }

    /// The mail to a visitor from the context of their page (`PersonContext.visitor`, with `links`).
    static func visitor(_ schedule: VisitorSchedule, input: PlanningInput, context: [String: TemplateData],
                        links: PersonContext.Links, attachment: Attachment?) -> Mail {
        let library = PageLibrary.of(OutputLanguage(schedule.visitor.language))
        return Mail(address: schedule.visitor.email.trimmingSpaces(), name: schedule.visitor.fullName,
                    language: schedule.visitor.language, subject: library.line("visitorSubject", context),
                    body: MarkdownText.tidy(library.render("visitorMail", context)), attachment: attachment,
                    team: input.event.contact, firstName: MarkdownText.oneLine(schedule.visitor.firstName),
                    pageURL: links.pageURL)
    }

    /// The mail to a host's contact: who comes to each session. Nil when the host has no contact e-mail.
    static func host(_ roster: HostRoster, input: PlanningInput, links: PersonContext.Links,
                     attachment: Attachment?) -> Mail? {
        guard let address = roster.host.contactEmail?.trimmingSpaces(), !address.isEmpty else { return nil }
        let language = OutputLanguage(roster.host.language)
        let library = PageLibrary.of(language)
        let context = PersonContext.host(roster, input: input, links: links)
        return Mail(address: address, name: roster.host.contactName ?? roster.host.name, language: roster.host.language,
                    subject: library.line("hostSubject", context),
                    body: MarkdownText.tidy(library.render("hostMail", context)), attachment: attachment,
                    team: input.event.contact, pageURL: links.pageURL, recipient: "host")
    }

    /// The mail-merge file of `mails` (see `MailMerge`).
    static func mergeFile(_ mails: [Mail]) -> String { MailMerge.document(mails) }

    /// The mail as an `.eml` file (RFC 5322, MIME): a draft (`X-Unsent: 1`) that Outlook and
    /// Thunderbird open ready to send from the team's own mailbox, with a UTF-8 quoted-printable
    /// body and the calendar attached in base64. No Date: the mail program adds it; From and
    /// Reply-To are the team's contact when it has an address, else the mail program's sender.
    var eml: String {
        let boundary = "po-plan-" + SHA256.hex(address + "\u{1F}" + subject + "\u{1F}" + body).prefix(24)
        var lines = ["MIME-Version: 1.0", "X-Unsent: 1"]
        if let from = team?.email.flatMap(EmailAddress.init) {
            let sender = team?.name.map { MIMEText.mailbox(name: $0, address: from.text) } ?? from.text
            lines += ["From: " + sender, "Reply-To: " + sender]
        }
        // Only a checked address goes into To: (never a list or an injected header).
        lines += EmailAddress(address).map { ["To: " + MIMEText.mailbox(name: name, address: $0.text)] } ?? []
        lines += [
            "Subject: " + MIMEText.headerWord(subject),
            "Content-Language: " + language.code,
        ]
        let text = ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
                    MIMEText.quotedPrintable(body)]
        // The body ends with its own line break; in a multipart message, the one before a
        // boundary belongs to the boundary.
        guard let attachment else { return (lines + text).joined(separator: "\r\n") }
        lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "",
                  "This is a message in MIME format.", "", "--\(boundary)"]
        lines += text
        lines += ["--\(boundary)",
                  "Content-Type: \(attachment.contentType);\r\n name=\"\(attachment.fileName)\"",
                  "Content-Disposition: attachment; filename=\"\(attachment.fileName)\"",
                  "Content-Transfer-Encoding: base64", "",
                  MIMEText.base64(attachment.data),
                  "--\(boundary)--"]
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
