import Scheduling

/// The report's section on the team's decisions: pins honoured, groups that went together,
/// priority visitors served beside the others, and hosts that reached their daily limit.
extension ReportPage {
    /// `hasDecisions` and the keys of each part (`hasPins`, `hasGroups`, `hasPriority`, `hasLimits`).
    var decisions: [String: Any] {
        let plan = optimal.plan
        let served = Set(plan.assignments.map(\.visitorID))
        let sessions = Dictionary(grouping: plan.assignments, by: \.visitorID).mapValues { Set($0.map(\.sessionID)) }
        var context: [String: Any] = [:]

        let yes = input.pins.filter(\.assigns).count, no = input.pins.count - yes
        context["hasPins"] = !input.pins.isEmpty
        context["pinsYes"] = yes
        context["pinsNo"] = no

        let groups = Dictionary(grouping: input.visitors.filter { !$0.cancelled && !($0.group ?? "").isEmpty }) {
            $0.group!.trimmingSpaces()
        }.values.filter { $0.count > 1 }
        let together = groups.filter { members in
            let first = sessions[members[0].id] ?? []
            return !first.isEmpty && members.allSatisfy { (sessions[$0.id] ?? []) == first }
        }
        context["hasGroups"] = !groups.isEmpty
        context["groups"] = groups.count
        context["groupsTogether"] = together.count

        let active = input.visitors.filter { !$0.cancelled }
        let priority = active.filter(\.priority), others = active.filter { !$0.priority }
        context["hasPriority"] = !priority.isEmpty
        context["priorityServed"] = NumberText.share(priority.filter { served.contains($0.id) }.count, of: priority.count, in: language)
        context["othersServed"] = NumberText.share(others.filter { served.contains($0.id) }.count, of: others.count, in: language)

        let limited = input.hosts.filter { $0.maxVisitorsPerDay != nil }
        context["hasLimits"] = !limited.isEmpty
        let reached = limited.flatMap { host -> [[String: Any]] in
            let mine = input.sessions(ofHost: host.id)
            return Set(mine.map(\.date)).sorted().compactMap { day -> [String: Any]? in
                let received = mine.filter { $0.date == day }.reduce(0) { $0 + (optimal.fill[$1.id] ?? 0) }
                guard let limit = host.maxVisitorsPerDay, received >= limit else { return nil }
                return ["hostName": MarkdownText.oneLine(host.name), "day": LocalizedDateText.dateTitle(day, in: language),
                        "limit": limit, "received": received]
            }
        }
        context["limitedHosts"] = reached
        context["hasLimitedHosts"] = !reached.isEmpty
        context["hasDecisions"] = !input.pins.isEmpty || !groups.isEmpty || !priority.isEmpty || !limited.isEmpty
        return context
    }
}
