import Foundation
import Matching
import Scheduling

/// Everything published for a plan, as files (path relative to the plan folder, bytes) and the
/// warnings to show the team. Pure: it reads and writes nothing; the command writes the files.
///
/// - `plan.json`; `schedules/<visitor>.md`; `rosters/<host>.md` and `rosters/<host>.csv`;
/// - `team-index.html`, the team's entry, linking to every page under `site/`: it lies outside
///   `site/` so that the site can be put online as it is (a server shows a folder's `index.html`
///   at the folder's address; nothing under `site/` lists people);
/// - `site/visitors/<token>.html` and `.ics` for each visitor (the calendar when they have a
///   visit); `site/hosts/<token>.html`, `.ics` and `.csv` for each host; a token is unguessable
///   (see `SiteKey`);
/// - `mails/mail-merge.csv` and one per language (see `MailMerge`), and with `eml`,
///   `mails/eml/visitor-<id>.eml` and `host-<id>.eml`;
/// - `report.html`, with the first-come-first-served comparison (and attendance and feedback once given);
/// - the week's sign-in sheets, `attendance.csv` and, once attendance is recorded, the certificates
///   (see `weekFiles`).
public struct Publication: Sendable {
    /// The path of the team's index: in the plan folder, never under `site/`.
    public static let teamIndexPath = "team-index.html"

    /// Sorted by path.
    public let files: [PublishedFile]
    /// Things the team should know; they name no person.
    public let warnings: [String]
    /// The UID and SEQUENCE of every calendar event published, for `calendar.json`.
    public let calendarHistory: CalendarHistory

    /// The publication of `plan`, made from `input`.
    public init(plan: Plan, input: PlanningInput, options: PublicationOptions) {
        var warnings: [String] = []
        let zone = CalendarTimeZone(identifier: input.event.timezone, years: Set(input.sessions.map(\.date.year)))
        if let warning = zone.warning { warnings.append(warning) }
        let ledger = CalendarLedger(previous: options.calendarHistory, previousAssignments: input.previous?.assignments,
                                    plan: plan, input: input)
        let calendars = PersonCalendar(input: input, zone: zone, stamp: CalendarStamp.of(input), ledger: ledger)
        let waiting = WaitingLists(plan: plan, input: input)
        let key = options.siteKey
        let visitorNames = FileNames(ids: input.visitors.map(\.id)), hostNames = FileNames(ids: input.hosts.map(\.id))
        let visitorFile = { @Sendable (v: Visitor) in "visitors/" + key.token("visitor", v.id) }
        let hostFile = { @Sendable (h: Scheduling.Host) in "hosts/" + key.token("host", h.id) }
        let online = { @Sendable (page: String) -> String? in options.siteURL.map { Self.joinURL($0, page) } }
        let sheets = SignInSheets(plan: plan, input: input, siteKey: key, teamLanguage: OutputLanguage(options.teamLanguage))
        let views = PlanViews(plan, input: input)
        let team = OutputLanguage(options.teamLanguage)
        let calendarFileName = Self.calendarFileName(input.event)

        // Files that need nothing else published: each is one piece of work, and the longest of them
        // start first, beside the visitors' and hosts' files (a team page alone took 40 ms at the end).
        let independent: [@Sendable () -> [PublishedFile]] = [
            { [PublishedFile(path: "plan.json", text: PlanJSON.render(plan, input: input))] },
            {
                [PublishedFile(path: Self.teamIndexPath, text: SiteIndex(
                    plan: plan, input: input, language: team, waiting: waiting,
                    visitorPage: { "site/" + visitorFile($0) + ".html" }, hostPage: { "site/" + hostFile($0) + ".html" },
                    sheetPage: sheets.sheetPath, dayFile: sheets.dayPath).html)]
            },
            {
                var report = ReportPage(plan: plan, firstComeFirstServed: FirstComeFirstServed.plan(input), input: input, language: team)
                report.attendance = options.attendance
                report.feedback = options.feedback
                return [PublishedFile(path: "report.html", text: report.html)]
            },
            {
                Self.weekFiles(plan: plan, input: input, options: options, sheets: sheets, visitorNames: visitorNames,
                               pageURL: { online(visitorFile($0) + ".html") })
            },
        ]
        // Each visitor's files are independent.
        let visitorPart = { @Sendable (visitor: Visitor) -> VisitorPart in
            var own: [PublishedFile] = []
            let schedule = views.schedule(for: visitor)
            let base = visitorFile(visitor), ics = calendars.visitor(schedule)
            let name = String(base.split(separator: "/").last!) + ".ics"
            let links = PersonContext.Links(calendarFile: ics == nil ? nil : name, pageURL: online(base + ".html"))
            // The week's context once, for the schedule (without links), the page and the mail.
            let week = PersonContext.visitorWeek(schedule, input: input, waiting: waiting)
            let context = PersonContext.linking(week, to: links)
            own.append(PublishedFile(path: "schedules/\(visitorNames[visitor.id]).md",
                                     text: ScheduleMarkdown.render(schedule, week: week)))
            own.append(PublishedFile(path: "site/\(base).html", text: PageLibrary.of(OutputLanguage(visitor.language))
                .render("visitorPage", context)))
            let attachment = ics.map { text -> Mail.Attachment in
                own.append(PublishedFile(path: "site/\(base).ics", text: text))
                return Mail.Attachment(path: "site/\(base).ics", fileName: calendarFileName,
                                       contentType: "text/calendar; charset=UTF-8; method=\(PersonCalendar.method(of: schedule))", data: Data(text.utf8))
            }
            return VisitorPart(files: own, mail: ("visitor-\(visitorNames[visitor.id])", Mail.visitor(
                schedule, input: input, context: context, links: links, attachment: attachment)), links: links)
        }
        // So are each host's.
        let hostPart = { @Sendable (host: Scheduling.Host) -> HostPart in
            let roster = views.roster(for: host)
            let base = hostFile(host), name = String(base.split(separator: "/").last!)
            let ics = calendars.host(roster), csv = RosterCSV.render(roster)
            let links = PersonContext.Links(calendarFile: name + ".ics", csvFile: name + ".csv", pageURL: online(base + ".html"),
                                            sheetFiles: sheets.sheetLinks(of: host))
            let own = [PublishedFile(path: "rosters/\(hostNames[host.id]).md", text: RosterMarkdown.render(roster, input: input)),
                       PublishedFile(path: "rosters/\(hostNames[host.id]).csv", text: csv),
                       PublishedFile(path: "site/\(base).csv", text: csv),
                       PublishedFile(path: "site/\(base).ics", text: ics),
                       PublishedFile(path: "site/\(base).html", text: PageLibrary.of(OutputLanguage(host.language))
                           .render("hostPage", PersonContext.host(roster, input: input, links: links)))]
            let attachment = Mail.Attachment(path: "site/\(base).ics", fileName: calendarFileName,
                                             contentType: "text/calendar; charset=UTF-8", data: Data(ics.utf8))
            return HostPart(files: own, links: links, attachment: attachment,
                            mail: Mail.host(roster, input: input, links: links, attachment: attachment))
        }
        // All of it at once on every core; results in the order of the work.
        let visitorsFrom = independent.count, hostsFrom = visitorsFrom + input.visitors.count
        let parts = Self.concurrentMap(Array(0..<(hostsFrom + input.hosts.count))) { i -> Part in
            if i < visitorsFrom { return .files(independent[i]()) }
            if i < hostsFrom { return .visitor(visitorPart(input.visitors[i - visitorsFrom])) }
            return .host(hostPart(input.hosts[i - hostsFrom]))
        }
        var files: [PublishedFile] = [], perVisitor: [VisitorPart] = [], perHost: [HostPart] = []
        for part in parts {
            switch part {
            case .files(let some): files += some
            case .visitor(let visitor): perVisitor.append(visitor)
            case .host(let host): perHost.append(host)
            }
        }
        files += perVisitor.flatMap(\.files)
        var mails = perVisitor.map(\.mail)
        files += perHost.flatMap(\.files)
        var hostFiles: [String: (links: PersonContext.Links, attachment: Mail.Attachment?)] = [:]
        var withoutContact = 0
        for (host, published) in zip(input.hosts, perHost) {
            hostFiles[host.id] = (published.links, published.attachment)
            if let mail = published.mail {
                mails.append(("host-\(hostNames[host.id])", mail))
            } else {
                withoutContact += 1
            }
        }
        if withoutContact > 0 {
            warnings.append("\(withoutContact) host(s) have no contact_email: no mail is written for them; their roster is on the site")
        }

        // The mails and the change mails need every person's files.
        let allMails = mails, knownHostFiles = hostFiles
        let visitorFiles = Dictionary(zip(input.visitors.map(\.id), perVisitor.map { ($0.links, $0.mail.mail.attachment) }),
                                      uniquingKeysWith: { a, _ in a })
        let dependent: [@Sendable () -> [PublishedFile]] = [
            {
                MailMerge.files(allMails.map(\.mail), folder: "mails")
                    + (options.eml ? allMails.map { PublishedFile(path: "mails/eml/\($0.name).eml", text: $0.mail.eml) } : [])
            },
            {
                ChangeMails(views: views, notices: ChangeNotices(plan: plan, input: input), waiting: waiting,
                            visitorFiles: visitorFiles, hostFiles: knownHostFiles, visitorNames: visitorNames,
                            hostNames: hostNames).files(eml: options.eml)
            },
        ]
        files += Self.concurrentMap(dependent) { $0() }.flatMap { $0 }
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.warnings = warnings
        calendarHistory = ledger.history
    }

    /// What one visitor's work gives: their files, their mail (named for its file) and their links.
    private struct VisitorPart: Sendable {
        var files: [PublishedFile]
        var mail: (name: String, mail: Mail)
        var links: PersonContext.Links
    }

    /// What one host's work gives: their files, links and calendar, and their mail when they have a contact.
    private struct HostPart: Sendable {
        var files: [PublishedFile]
        var links: PersonContext.Links
        var attachment: Mail.Attachment
        var mail: Mail?
    }

    /// One piece of the publication's work, done.
    private enum Part: Sendable {
        case files([PublishedFile])
        case visitor(VisitorPart)
        case host(HostPart)
    }

    /// `transform` applied to every element on all cores, results in the elements' order.
    private static func concurrentMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots[i] = transform(items[i]) }
        return results.map { $0! }
    }

    /// The name a calendar attachment shows: the event's name in ASCII letters, digits and dashes.
    static func calendarFileName(_ event: Event) -> String {
        let folded = FoldedText(event.name).value
        let slug = folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return (slug.isEmpty ? "portes-ouvertes" : slug) + ".ics"
    }

    /// A page's address under the site's base address.
    private static func joinURL(_ base: String, _ page: String) -> String {
        base.hasSuffix("/") ? base + page : base + "/" + page
    }
}
