import Scheduling

/// The change notices of a re-plan as mails, in `mails/changes/`: a mail-merge file and, with
/// `eml`, one `.eml` per person, for the visitors in `changes` and the hosts whose roster changed,
/// each in the person's language. A visitor's mail names only them, their visits and hosts, and
/// carries their updated calendar; a host's names the visitors who join or leave its sessions.
struct ChangeMails {
    /// The plan and its input, with every schedule and roster.
    let views: PlanViews
    let notices: ChangeNotices
    let waiting: WaitingLists
    /// A person's links and calendar, as in their main mail: by visitor id and by host id.
    let visitorFiles: [String: (links: PersonContext.Links, attachment: Mail.Attachment?)]
    let hostFiles: [String: (links: PersonContext.Links, attachment: Mail.Attachment?)]
    /// The file names of the week's people, as the rest of the publication names them.
    let visitorNames: FileNames
    let hostNames: FileNames

    var plan: Plan { views.plan }
    var input: PlanningInput { views.input }

    /// The files of `mails/changes/`; none without a previous plan.
    func files(eml: Bool) -> [PublishedFile] {
        guard input.previous != nil else { return [] }
        var mails: [(name: String, mail: Mail)] = []
        for notice in notices.visitors {
            let files = visitorFiles[notice.visitor.id]
            mails.append(("visitor-\(visitorNames[notice.visitor.id])",
                          visitorMail(notice, links: files?.links ?? .init(), attachment: files?.attachment)))
        }
        for notice in notices.hosts {
            let files = hostFiles[notice.host.id]
            if let mail = hostMail(notice, links: files?.links ?? .init(), attachment: files?.attachment) {
                mails.append(("host-\(hostNames[notice.host.id])", mail))
            }
        }
        var out = [PublishedFile(path: "mails/changes/mail-merge.csv", text: Mail.mergeFile(mails.map(\.mail)))]
        if eml {
            out += mails.map { PublishedFile(path: "mails/changes/eml/\($0.name).eml", text: $0.mail.eml) }
        }
        return out
    }

    /// The mail to a visitor: what is new, what is gone and why, their week now, what they wait for.
    func visitorMail(_ notice: ChangeNotices.VisitorNotice, links: PersonContext.Links,
                     attachment: Mail.Attachment?) -> Mail {
        let visitor = notice.visitor, language = OutputLanguage(visitor.language)
        let library = PageLibrary.of(language)
        let schedule = views.schedule(for: visitor)
        var context = PersonContext.visitor(schedule, input: input, links: links, waiting: waiting)
        let added = schedule.visits.filter { notice.added.contains($0.session.id) }
        context["hasAdded"] = .flag(!added.isEmpty)
        context["added"] = .objects(added.map { VisitContext.of($0, language: language) })
        context["hasRemoved"] = .flag(!notice.removed.isEmpty)
        context["removed"] = .objects(notice.removed.compactMap { gone -> [String: TemplateData]? in
            guard let session = input.session(gone.sessionID) else { return nil }
            var keys = VisitContext.sessionKeys(session, language: language)
            keys["hostName"] = .text(MarkdownText.oneLine(input.host(of: session).name))
            keys["withdrew"] = .flag(gone.cause == .withdrew)
            keys["calledOff"] = .flag(gone.cause == .calledOff)
            keys["fewerPlaces"] = .flag(gone.cause == .fewerPlaces)
            keys["tooFew"] = .flag(gone.cause == .tooFew)
            keys["otherCause"] = .flag(gone.cause == .other)
            return keys
        })
        return Mail(address: visitor.email.trimmingSpaces(), name: visitor.fullName, language: visitor.language,
                    subject: library.line("visitorChangeSubject", context),
                    body: MarkdownText.tidy(library.render("visitorChangeMail", context)), attachment: attachment,
                    team: input.event.contact)
    }

    /// The mail to a host's contact: per changed session, who joins, who leaves and who comes
    /// now. Nil when the host has no contact e-mail.
    func hostMail(_ notice: ChangeNotices.HostNotice, links: PersonContext.Links, attachment: Mail.Attachment?) -> Mail? {
        let host = notice.host
        guard let address = host.contactEmail?.trimmingSpaces(), !address.isEmpty else { return nil }
        let language = OutputLanguage(host.language), library = PageLibrary.of(language)
        let roster = views.roster(for: host)
        var context = PersonContext.host(roster, input: input, links: links)
        context["changed"] = .objects(notice.sessions.compactMap { change -> [String: TemplateData]? in
            guard let entry = roster.entries.first(where: { $0.session.id == change.session.id }) else { return nil }
            var keys = PersonContext.session(entry, language: language)
            keys["calledOff"] = .flag(change.calledOff)
            keys["hasJoined"] = .flag(!change.joined.isEmpty)
            keys["joined"] = .objects(change.joined.map(Self.person))
            keys["hasLeft"] = .flag(!change.left.isEmpty)
            keys["left"] = .objects(change.left.map(Self.person))
            return keys
        })
        return Mail(address: address, name: host.contactName ?? host.name, language: host.language,
                    subject: library.line("hostChangeSubject", context),
                    body: MarkdownText.tidy(library.render("hostChangeMail", context)), attachment: attachment,
                    team: input.event.contact)
    }

    /// A visitor as a host's change mail names them.
    private static func person(_ v: Visitor) -> [String: TemplateData] {
        ["firstName": .text(MarkdownText.oneLine(v.firstName)), "lastName": .text(MarkdownText.oneLine(v.lastName)),
         "organization": VisitContext.plain(v.organization), "email": .text(v.email.trimmingSpaces()),
         "phone": VisitContext.plain(v.phone)]
    }
}
