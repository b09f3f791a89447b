import Scheduling

/// Where the search starts when priority or coverage comes first: the coverage flow's bounds, and a
/// plan built from the flow that keeps the team's rules, so that these tiers are often proven
/// without branch and bound even with pins, groups and daily limits.
///
/// Without the team's rules the bounds and the plan come from one flow. With them the bounds come
/// from `CoverageBound` (pins taken, daily limits as a day's room); the plan gives every yes pin its
/// session, places each group where all its members fit (fewest options first), lets the flow place
/// the other visitors on the places and days' room left, and is kept only when the plan validator
/// finds nothing wrong with it.
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
        let teamFree = model.pairs.allSatisfy { !$0.pinned } && model.eligibility.groups.isEmpty
            && input.hosts.allSatisfy { $0.maxVisitorsPerDay == nil }
        if teamFree {
            let flow = CoverageFlow(pairs: model.pairs, input: sizes, first: priority)
            (coverageBound, priorityBound, plan) = (flow.bound, flow.firstBound, flow.plan)
        } else {
            let bound = CoverageBound(model)
            (coverageBound, priorityBound) = (bound.coverage, bound.priority)
            plan = Self.planKeepingTeamRules(model, priority: priority)
        }
    }

    /// The pins, the groups where the flow leaves room, the flow on the rest within the daily
    /// limits; nil unless the validator accepts it.
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
        let days = model.dailyRoom(pinned)
        let dayOf = Dictionary(uniqueKeysWithValues: days.indices.flatMap { d in days[d].sessions.map { ($0, d) } })
        var dayLeft = days.map(\.room)
        let flowOfOthers = { (capacities: [Int], dayLeft: [Int]) -> (free: [Int], flow: CoverageFlow) in
            let free = model.pairs.indices.filter { j in
                let p = model.pairs[j]
                return !pinnedVisitors.contains(p.visitor) && !grouped.contains(p.visitor) && capacities[p.session] > 0
            }
            let sizes = CoverageFlow.Sizes(visitorCount: input.visitors.count, capacities: capacities, minimums: minimums,
                                           days: days.indices.map { (sessions: days[$0].sessions, room: dayLeft[$0]) })
            return (free, CoverageFlow(pairs: free.map { model.pairs[$0] }, input: sizes, first: priority))
        }
        // Groups go where the flow of everyone else leaves room (so they cost it nothing), else where
        // most places are left; fewest options first, all members in one session that takes them all.
        var spare = capacities, daySpare = dayLeft
        if !model.eligibility.groups.isEmpty {
            let (free, flow) = flowOfOthers(capacities, dayLeft)
            for j in flow.plan {
                let s = model.pairs[free[j]].session
                spare[s] -= 1
                if let d = dayOf[s] { daySpare[d] -= 1 }
            }
        }
        let options = model.eligibility.groups.map { members -> (members: [Int], sessions: [Int]) in
            let pairsOf = members.map { v in Set(model.pairsOfVisitor[v].map { model.pairs[$0].session }) }
            return (members, pairsOf.dropFirst().reduce(pairsOf[0]) { $0.intersection($1) }.sorted())
        }.sorted { ($0.sessions.count, $0.members[0]) < ($1.sessions.count, $1.members[0]) }
        for (members, sessions) in options {
            let size = members.count
            let fits = sessions.filter { s in
                capacities[s] >= size && minimums[s] <= size && (dayOf[s].map { dayLeft[$0] >= size } ?? true)
            }
            let costsNothing = fits.filter { s in spare[s] >= size && (dayOf[s].map { daySpare[$0] >= size } ?? true) }
            let pick = { (among: [Int]) in among.max { (capacities[$0], -$0) < (capacities[$1], -$1) } }
            guard let s = pick(costsNothing) ?? pick(fits) else { continue }
            for v in members { taken.append(model.pairIndex[.init(visitor: v, session: s)]!) }
            capacities[s] -= size
            spare[s] -= size
            minimums[s] = max(0, minimums[s] - size)
            if let d = dayOf[s] { dayLeft[d] -= size; daySpare[d] -= size }
        }
        let (free, flow) = flowOfOthers(capacities, dayLeft)
        let plan = taken + flow.plan.map { free[$0] }
        let assignments = model.assignments(of: plan)
        let candidate = Plan(status: .feasible, objective: [], assignments: assignments, sessions: [], unassigned: [])
        return PlanValidator(input).violations(of: candidate).isEmpty ? plan.sorted() : nil
    }
}
