import Scheduling

/// A visitor's change notice as the team previews it before sending: the subject and text of the
/// mail that `ChangeMails` writes for them (without the links of the published folder).
public struct ChangeNoticeText: Sendable, Equatable {
    public let visitorID: String
    public let subject: String
    public let body: String

    /// The notices of a re-planned `plan` (its input holding the previous plan), in visitor order;
    /// none without a previous plan.
    public static func of(plan: Plan, input: PlanningInput) -> [ChangeNoticeText] {
        guard input.previous != nil else { return [] }
        let notices = ChangeNotices(plan: plan, input: input)
        let mails = ChangeMails(plan: plan, input: input, notices: notices, waiting: WaitingLists(plan: plan, input: input),
                                visitorFiles: [:], hostFiles: [:], visitorNames: FileNames(ids: input.visitors.map(\.id)),
                                hostNames: FileNames(ids: input.hosts.map(\.id)))
        return notices.visitors.map { notice in
            let mail = mails.visitorMail(notice, links: .init(), attachment: nil)
            return ChangeNoticeText(visitorID: notice.visitor.id, subject: mail.subject, body: mail.body)
        }
    }
}
