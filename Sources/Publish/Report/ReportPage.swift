import Matching
import Scheduling

/// `report.html`: what the bassin team shows its council. The optimal plan beside a
/// first-come-first-served pass over the same registrations, in the team's language. Visitors
/// appear by id only, so the report can be shown without naming anyone.
struct ReportPage {
    let input: PlanningInput
    let language: OutputLanguage
    let optimal: PlanFigures
    let fcfs: PlanFigures
    /// Who came, when recorded: the attendance section.
    var attendance: Attendance? = nil
    /// The evaluation form's answers, when given: the feedback section.
    var feedback: Feedback? = nil

    var library: PageLibrary { PageLibrary.of(language) }
    static let optimalColor = "#1d5ba3", fcfsColor = "#b86e00"

    /// The report for `plan` and the first-come-first-served plan of the same input.
    init(plan: Plan, firstComeFirstServed: Plan, input: PlanningInput, language: OutputLanguage) {
        self.input = input
        self.language = language
        optimal = PlanFigures(plan, input: input)
        fcfs = PlanFigures(firstComeFirstServed, input: input)
    }

    /// The page.
    var html: String {
        var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
        context["visitors"] = input.visitors.count
        context["optimal"] = summary(optimal)
        context["fcfs"] = summary(fcfs)
        context["statusOptimal"] = optimal.plan.status == .optimal
        context["statusFeasible"] = optimal.plan.status == .feasible
        context["statusInfeasible"] = optimal.plan.status == .infeasible
        context["objectives"] = input.tiers.map(\.wordingKeys)
        context.merge(choices()) { _, new in new }
        context.merge(fillByHost()) { _, new in new }
        context.merge(fillByDay()) { _, new in new }
        context.merge(tables) { _, new in new }
        context.merge(decisions) { _, new in new }
        context["changes"] = changesSection
        context["attendance"] = attendanceSection
        context["feedback"] = feedbackSection
        return library.render("report", context)
    }

    /// One column of the summary table.
    private func summary(_ f: PlanFigures) -> [String: Any] {
        let places = input.sessions.reduce(0) { $0 + $1.capacity }
        let taken = f.plan.assignments.count
        return [
            "covered": NumberText.share(f.covered, of: input.visitors.count, in: language),
            "firstChoice": NumberText.share(f.firstChoice, of: input.visitors.count, in: language),
            "assignments": taken, "suggestions": f.suggestions,
            "places": "\(taken) / \(places) (\(NumberText.percent(taken, of: places, in: language)))",
            "open": f.openSessions, "cancelled": f.cancelledSessions, "mix": f.mix,
            "bridges": f.frenchToDutch + f.dutchToFrench,
            "frenchToDutch": f.frenchToDutch, "dutchToFrench": f.dutchToFrench,
        ]
    }

    /// The best choice each visitor obtained: table rows and chart.
    private func choices() -> [String: Any] {
        let ranks = max(optimal.bestRank.count, fcfs.bestRank.count)
        var labels = (1...ranks).map { library.line("choiceNumber", ["rank": $0, "isFirst": $0 == 1]) }
        var a = (0..<ranks).map { $0 < optimal.bestRank.count ? optimal.bestRank[$0] : 0 }
        var b = (0..<ranks).map { $0 < fcfs.bestRank.count ? fcfs.bestRank[$0] : 0 }
        labels += [library.line("choiceSuggestion", [:]), library.line("choiceNone", [:])]
        a += [optimal.suggestionOnly, input.visitors.count - optimal.covered]
        b += [fcfs.suggestionOnly, input.visitors.count - fcfs.covered]
        let chart = SVGChart(title: library.line("chartChoicesTitle", [:]), categories: labels, series: [
            .init(color: Self.optimalColor, values: a.map(Double.init), labels: a.map(String.init)),
            .init(color: Self.fcfsColor, values: b.map(Double.init), labels: b.map(String.init)),
        ], scale: Double(max(1, (a + b).max() ?? 1)))
        return [
            "choiceRows": labels.indices.map { ["label": labels[$0], "optimal": a[$0], "fcfs": b[$0]] as [String: Any] },
            "choicesChart": chart.svg,
        ]
    }

    /// Fill per host: table rows (in the top-level `fillRows`) and chart.
    private func fillByHost() -> [String: Any] {
        let groups = input.hosts.map { host in (MarkdownText.oneLine(host.name), input.sessions(ofHost: host.id)) }
        let (rows, chart) = fill(groups, title: "chartHostsTitle")
        return ["fillRows": rows, "fillHeader": library.line("colHost", [:]), "hostChart": chart]
    }

    /// Fill per day: table rows (in `dayTable`) and chart.
    private func fillByDay() -> [String: Any] {
        let days = Set(input.sessions.map(\.date)).sorted()
        let groups = days.map { day in (LocalizedDateText.dateTitle(day, in: language), input.sessions.filter { $0.date == day }) }
        let (rows, chart) = fill(groups, title: "chartDaysTitle")
        return ["dayTable": ["fillRows": rows, "fillHeader": library.line("colDay", [:])] as [String: Any], "dayChart": chart]
    }

    /// Rows and a chart of places taken over places offered, for groups of sessions.
    private func fill(_ groups: [(String, [Session])], title: String) -> ([[String: Any]], String) {
        var rows: [[String: Any]] = [], a: [Double] = [], b: [Double] = [], la: [String] = [], lb: [String] = []
        for (label, sessions) in groups {
            let ids = sessions.map(\.id), capacity = sessions.reduce(0) { $0 + $1.capacity }
            let x = optimal.taken(ids), y = fcfs.taken(ids)
            let open = sessions.filter { (optimal.fill[$0.id] ?? 0) > 0 }.count
            rows.append(["label": label, "sessions": "\(open)/\(sessions.count)", "capacity": capacity,
                         "optimal": "\(x) (\(NumberText.percent(x, of: capacity, in: language)))",
                         "fcfs": "\(y) (\(NumberText.percent(y, of: capacity, in: language)))"])
            a.append(capacity > 0 ? 100 * Double(x) / Double(capacity) : 0)
            b.append(capacity > 0 ? 100 * Double(y) / Double(capacity) : 0)
            la.append(NumberText.percent(x, of: capacity, in: language))
            lb.append(NumberText.percent(y, of: capacity, in: language))
        }
        let chart = SVGChart(title: library.line(title, [:]), categories: groups.map(\.0), series: [
            .init(color: Self.optimalColor, values: a, labels: la), .init(color: Self.fcfsColor, values: b, labels: lb),
        ], scale: 100)
        return (rows, chart.svg)
    }
}
