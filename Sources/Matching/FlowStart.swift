import Scheduling

/// Where the search starts when priority or coverage comes first: the coverage flow's bounds, and a
/// plan built from the flow that keeps the team's rules, so that these tiers are often proven
/// without branch and bound even with pins, groups and daily limits.
///
/// The bounds come from the flow over every pair (no rule of the team can raise them). The plan
/// gives every yes pin its session, places each group where all its members fit (fewest options
/// first), lets the flow place the other visitors on the places left, drops what a host's daily
/// limit cannot take, and is kept only when the plan validator finds nothing wrong with it.
struct FlowStart {
    /// The most visitors any plan can cover.
    let coverageBound: Int
    /// The most visitors with priority any plan can cover.
    let priorityBound: Int
    /// A plan keeping every rule, as pair indices; nil when the flow could not give one.
    let plan: [Int]?

    init(_ model: AssignmentModel) {
        let input = model.input
        let priority = Set(input.visitors.indices.filter { input.visitors[$0].priority })
        let sizes = CoverageFlow.Sizes(visitorCount: input.visitors.count, capacities: input.sessions.map(\.capacity),
                                       minimums: input.sessions.map(\.minVisitors))
        let unconstrained = CoverageFlow(pairs: model.pairs, input: sizes, first: priority)
        coverageBound = unconstrained.bound
        priorityBound = unconstrained.firstBound
        let teamFree = model.pairs.allSatisfy { !$0.pinned } && model.eligibility.groups.isEmpty
            && input.hosts.allSatisfy { $0.maxVisitorsPerDay == nil }
        plan = teamFree ? unconstrained.plan : Self.planKeepingTeamRules(model, priority: priority)
    }

    /// The pins, the flow on the rest, the daily limits; nil unless the validator accepts it.
    private static func planKeepingTeamRules(_ model: AssignmentModel, priority: Set<Int>) -> [Int]? {
        let input = model.input
        let pinned = model.pairs.indices.filter { model.pairs[$0].pinned }
        let pinnedVisitors = Set(pinned.map { model.pairs[$0].visitor })
        let grouped = Set(model.eligibility.groups.joined())
        guard pinnedVisitors.isDisjoint(with: grouped) else { return nil }
        var capacities = input.sessions.map(\.capacity), minimums = input.sessions.map(\.minVisitors)
        var taken = pinned
        for j in pinned {
            let s = model.pairs[j].session
            capacities[s] = max(0, capacities[s] - 1)
            minimums[s] = max(0, minimums[s] - 1)
        }
        // Groups before the flow: each one, fewest options first, where its members all fit.
        let days = model.dailyRoom(pinned)
        let room = Dictionary(uniqueKeysWithValues: days.flatMap { day in day.sessions.map { ($0, day) } })
        var dayLeft = Dictionary(uniqueKeysWithValues: days.map { ($0.sessions[0], $0.room) })
        let options = model.eligibility.groups.map { members -> (members: [Int], sessions: [Int]) in
            let pairsOf = members.map { v in Set(model.pairsOfVisitor[v].map { model.pairs[$0].session }) }
            return (members, pairsOf.dropFirst().reduce(pairsOf[0]) { $0.intersection($1) }.sorted())
        }.sorted { ($0.sessions.count, $0.members[0]) < ($1.sessions.count, $1.members[0]) }
        for (members, sessions) in options {
            let fits = sessions.filter { s in
                capacities[s] >= members.count && minimums[s] <= members.count
                    && (room[s].map { dayLeft[$0.sessions[0]]! >= members.count } ?? true)
            }
            guard let s = fits.max(by: { (capacities[$0], -$0) < (capacities[$1], -$1) }) else { continue }
            for v in members { taken.append(model.pairIndex[.init(visitor: v, session: s)]!) }
            capacities[s] -= members.count
            minimums[s] = max(0, minimums[s] - members.count)
            if let day = room[s] { dayLeft[day.sessions[0]]! -= members.count }
        }
        let free = model.pairs.indices.filter { j in
            let p = model.pairs[j]
            return !pinnedVisitors.contains(p.visitor) && !grouped.contains(p.visitor) && capacities[p.session] > 0
        }
        let flow = CoverageFlow(pairs: free.map { model.pairs[$0] },
                                input: .init(visitorCount: input.visitors.count, capacities: capacities, minimums: minimums),
                                first: priority)
        let plan = trimmed(taken + flow.plan.map { free[$0] }, keeping: taken, model, priority: priority)
        let assignments = model.assignments(of: plan)
        let candidate = Plan(status: .feasible, objective: [], assignments: assignments, sessions: [], unassigned: [])
        return PlanValidator(input).violations(of: candidate).isEmpty ? plan.sorted() : nil
    }

    /// `plan` within every host's daily limit: the pairs of `kept` stay, then visitors with
    /// priority, then the others, in the model's order.
    private static func trimmed(_ plan: [Int], keeping kept: [Int], _ model: AssignmentModel, priority: Set<Int>) -> [Int] {
        var plan = plan
        let keep = Set(kept)
        for (sessions, room) in model.dailyRoom(kept) {
            let day = Set(sessions)
            let placed = plan.filter { day.contains(model.pairs[$0].session) && !keep.contains($0) }
                .sorted { (priority.contains(model.pairs[$0].visitor) ? 0 : 1, $0) < (priority.contains(model.pairs[$1].visitor) ? 0 : 1, $1) }
            let dropped = Set(placed.dropFirst(max(0, room)))
            plan.removeAll { dropped.contains($0) }
        }
        return plan
    }
}
