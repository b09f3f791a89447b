import Scheduling
@testable import Publish

/// The fixture's week after life happened: Pieter (V002) withdrew, the host called S0001 off,
/// Amélie (V001) moved to the immersion S0002 and Marc (V006) got the place Pieter freed in S0005.
/// The previous plan is `Fixture.plan`.
enum ReplanFixture {
    static let visitors = Fixture.visitors.map { v -> Visitor in
        var v = v
        if v.id == "V002" { v.cancelled = true }
        return v
    }

    static let sessions = Fixture.sessions.map { s -> Session in
        var s = s
        if s.id == "S0001" { s.cancelled = true }
        return s
    }

    static let input = PlanningInput(event: Fixture.event, hosts: Fixture.hosts, sessions: sessions, visitors: visitors,
                                     previous: PreviousPlan(path: "plans/week-1", assignments: Fixture.plan.assignments))

    static let assignments = [
        Assignment(visitorID: "V001", sessionID: "S0002", rank: 1),
        Assignment(visitorID: "V001", sessionID: "S0004", rank: 2),
        Assignment(visitorID: "V003", sessionID: "S0002", rank: 1),
        Assignment(visitorID: "V003", sessionID: "S0006", rank: nil),
        Assignment(visitorID: "V004", sessionID: "S0006", rank: 1),
        Assignment(visitorID: "V006", sessionID: "S0005", rank: 1),
    ]

    static let plan = Plan(
        status: .optimal,
        objective: [TierResult(tier: .keep, value: 5, bound: 5)] + Fixture.plan.objective,
        assignments: assignments,
        sessions: sessions.map { s in SessionFill(sessionID: s.id, assigned: assignments.filter { $0.sessionID == s.id }.count) },
        unassigned: [UnassignedVisitor(visitorID: "V002", reason: .withdrew)] + Fixture.plan.unassigned.filter { $0.visitorID != "V006" },
        previous: "plans/week-1",
        changes: PlanChange.between(previous: Fixture.plan.assignments, current: assignments, visitors: visitors))

    /// The publication of the re-plan, with `.eml` files, continuing the fixture's calendars.
    static let publication = Publication(plan: plan, input: input, options: PublicationOptions(
        siteKey: Fixture.siteKey, teamLanguage: .french, siteURL: "https://example.org/po", eml: true,
        calendarHistory: Fixture.publication.calendarHistory))

    static func file(_ path: String) -> PublishedFile? { publication.files.first { $0.path == path } }

    static func visitorCalendar(_ id: String) -> String? { file("site/visitors/\(Fixture.siteKey.token("visitor", id)).ics")?.text }

    static let notices = ChangeNotices(plan: plan, input: input)
    static let waiting = WaitingLists(plan: plan, input: input)

    static func mails() -> ChangeMails {
        ChangeMails(views: PlanViews(plan, input: input), notices: notices, waiting: waiting, visitorFiles: [:], hostFiles: [:],
                    visitorNames: FileNames(ids: input.visitors.map(\.id)), hostNames: FileNames(ids: input.hosts.map(\.id)))
    }
}
