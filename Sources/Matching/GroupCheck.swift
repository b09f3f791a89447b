import Scheduling

/// Groups that cannot go anywhere together: their members share no session every one of them may
/// have (contract §2, §3), so the group gets nothing. Said before the solve, so the team can
/// widen someone's choices or availability, or split the group.
public enum GroupCheck {
    /// One warning per such group, in the order of the groups' names.
    public static func warnings(_ input: PlanningInput) -> [String] {
        let eligibility = Eligibility(input)
        guard !eligibility.groups.isEmpty else { return [] }
        let pairs = eligibility.pairs(of: Set(eligibility.groups.joined()).sorted())
        var sessionsOf: [Int: Set<Int>] = [:]
        for p in pairs { sessionsOf[p.visitor, default: []].insert(p.session) }
        return eligibility.groups.compactMap { members in
            let shared = members.dropFirst().reduce(sessionsOf[members[0]] ?? []) { $0.intersection(sessionsOf[$1] ?? []) }
            guard shared.isEmpty else { return nil }
            let names = members.map { input.visitors[$0].id }.joined(separator: ", ")
            return "group '\(input.visitors[members[0]].group ?? "")' (\(names)) shares no session that all its members "
                + "may have, so it gets nothing; widen someone's choices or availability, or split the group"
        }
    }
}
