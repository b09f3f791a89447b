import Scheduling

/// A change notice as the team previews it before sending: the subject and text of the mail that
/// `ChangeMails` writes for a visitor or a host (without the links of the published folder).
public struct ChangeNoticeText: Sendable, Equatable {
    /// The visitor's id, or the host's.
    public let visitorID: String
    public let subject: String
    public let body: String
    /// Whether it is a host's notice (its roster changed).
    public var isHost = false
    /// The host's name, for a host's notice.
    public var hostName: String? = nil

    /// The notices of a re-planned `plan` (its input holding the previous plan): the visitors' in id
    /// order, then the hosts' (those with a contact e-mail) in input order; none without a previous plan.
    public static func of(plan: Plan, input: PlanningInput) -> [ChangeNoticeText] {
        guard input.previous != nil else { return [] }
        let notices = ChangeNotices(plan: plan, input: input)
        let mails = ChangeMails(views: PlanViews(plan, input: input), notices: notices, waiting: WaitingLists(plan: plan, input: input),
                                visitorFiles: [:], hostFiles: [:], visitorNames: FileNames(ids: input.visitors.map(\.id)),
                                hostNames: FileNames(ids: input.hosts.map(\.id)))
        let visitors = notices.visitors.map { notice in
            let mail = mails.visitorMail(notice, links: .init(), attachment: nil)
            return ChangeNoticeText(visitorID: notice.visitor.id, subject: mail.subject, body: mail.body)
        }
        let hosts = notices.hosts.compactMap { notice -> ChangeNoticeText? in
            guard let mail = mails.hostMail(notice, links: .init(), attachment: nil) else { return nil }
            return ChangeNoticeText(visitorID: notice.host.id, subject: mail.subject, body: mail.body, isHost: true,
                                    hostName: notice.host.name)
        }
        return visitors + hosts
    }
}
