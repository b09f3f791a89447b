import Scheduling

/// The sign-in sheets of the week: for each running session a printable page (A4, in the host's
/// language) with the event, host, date, hours, the expected visitors' names and organisations,
/// a signature column and blank lines for walk-ins; and for the team one file per day holding all
/// of that day's sheets, one per printed page.
///
/// A session's sheet lies beside its host's page (`site/hosts/<host token>-<session>.html`), so
/// the host's page links to it and its name is as unguessable as the page's; it names the
/// visitors of that session only, as the host's roster does. A day's file is the team's
/// (`sign-in/<date>.html`, outside `site/`).
struct SignInSheets {
    let plan: Plan
    let input: PlanningInput
    let siteKey: SiteKey
    let teamLanguage: OutputLanguage
    /// The file names of sessions in sheet paths.
    private let sessionNames: FileNames
    /// The ids of the sessions that run (at least one visitor).
    let runningSessions: Set<String>
    /// The days with a running session.
    private let runningDays: Set<LocalDate>

    init(plan: Plan, input: PlanningInput, siteKey: SiteKey, teamLanguage: OutputLanguage) {
        self.plan = plan
        self.input = input
        self.siteKey = siteKey
        self.teamLanguage = teamLanguage
        sessionNames = FileNames(ids: input.sessions.map(\.id))
        let running = Set(plan.sessions.filter { $0.status == .open }.map(\.sessionID))
        runningSessions = running
        runningDays = Set(input.sessions.filter { running.contains($0.id) }.map(\.date))
    }

    /// The fewest rows a sheet has, blank lines for walk-ins included, and the fewest blank lines.
    static let minimumRows = 12, minimumBlanks = 3
    /// Above this many rows, rows are made lower so that the sheet stays on one A4 page.
    static let denseAbove = 20

    /// The path of a running session's sheet, relative to the plan folder; nil for a session that does not run.
    func sheetPath(_ session: Session) -> String? {
        guard runningSessions.contains(session.id) else { return nil }
        return "site/hosts/" + siteKey.token("host", session.hostID) + "-" + sessionNames[session.id] + ".html"
    }

    /// A host's sheets, by session id, relative to the host's page (the same folder).
    func sheetLinks(of host: Host) -> [String: String] {
        var links: [String: String] = [:]
        for session in input.sessions(ofHost: host.id) {
            if let path = sheetPath(session) { links[session.id] = String(path.dropFirst("site/hosts/".count)) }
        }
        return links
    }

    /// The path of a day's file, relative to the plan folder; nil for a day without a running session.
    func dayPath(_ day: LocalDate) -> String? {
        runningDays.contains(day) ? "sign-in/\(day).html" : nil
    }

    /// Every sheet and every day's file.
    var files: [PublishedFile] {
        var files: [PublishedFile] = []
        var byDay: [LocalDate: [(start: TimeOfDay, host: String, id: String, section: String)]] = [:]
        let views = PlanViews(plan, input: input)
        for host in input.hosts {
            let language = OutputLanguage(host.language)
            for entry in views.roster(for: host).entries where entry.status == .open {
                guard let path = sheetPath(entry.session) else { continue }
                let library = PageLibrary.of(language), context = sectionContext(entry, host: host, heading: "h1")
                let page = library.render("sheetsPage", (PersonContext.eventKeys(input.event, language: language) as [String: Any]).merging([
                    "pageTitle": library.line("sheetPageTitle", context), "dayTitle": false,
                    "sections": [library.render("sheetSection", context)],
                ]) { _, new in new })
                files.append(PublishedFile(path: path, text: page))
                byDay[entry.session.date, default: []].append((entry.session.start, FoldedText(host.name).value, entry.session.id,
                                                                section(entry, host: host, heading: "h2")))
            }
        }
        let library = PageLibrary.of(teamLanguage)
        for (day, sheets) in byDay {
            let title = library.line("sheetsDayTitle", ["dateTitle": LocalizedDateText.dateTitle(day, in: teamLanguage)])
            let ordered = sheets.sorted { ($0.start, $0.host, $0.id) < ($1.start, $1.host, $1.id) }
            let page = library.render("sheetsPage", (PersonContext.eventKeys(input.event, language: teamLanguage) as [String: Any]).merging([
                "pageTitle": title, "dayTitle": title, "sections": ordered.map(\.section),
            ]) { _, new in new })
            files.append(PublishedFile(path: dayPath(day)!, text: page))
        }
        return files
    }

    /// One session's sheet as an HTML section, in the host's language.
    func section(_ entry: HostRoster.Entry, host: Host, heading: String) -> String {
        PageLibrary.of(OutputLanguage(host.language)).render("sheetSection", sectionContext(entry, host: host, heading: heading))
    }

    /// The keys of one sheet (see `WeekLayouts.sheetSection`).
    func sectionContext(_ entry: HostRoster.Entry, host: Host, heading: String) -> [String: Any] {
        let language = OutputLanguage(host.language)
        let count = entry.visitors.count
        let blanks = max(Self.minimumBlanks, Self.minimumRows - count)
        let keys: [String: Any] = PersonContext.eventKeys(input.event, language: language)
            .merging(VisitContext.sessionKeys(entry.session, language: language)) { _, new in new }
        return keys.merging([
                "heading": heading, "dense": count + blanks > Self.denseAbove,
                "hostName": MarkdownText.oneLine(host.name), "place": VisitContext.plain(VisitContext.place(of: host)),
                "visitors": entry.visitors.enumerated().map { i, v -> [String: Any] in
                    ["number": i + 1, "lastName": MarkdownText.oneLine(v.lastName), "firstName": MarkdownText.oneLine(v.firstName),
                     "organization": VisitContext.plain(v.organization)]
                },
                "blanks": Array((count + 1)...(count + blanks)),
            ]) { _, new in new }
    }
}
