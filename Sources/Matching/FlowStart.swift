import Scheduling

/// Where the search starts when priority or coverage comes first: the coverage flow's bounds, and a
/// plan built from the flow that keeps the team's rules, so that these tiers are often proven
/// without branch and bound even with pins, groups and daily limits.
///
/// Without the team's rules the bounds and the plan come from one flow. With them the bounds come
/// from `CoverageBound` (pins taken, daily limits as a day's room); the plan gives every yes pin its
/// session, places each group where all its members fit (fewest sessions left first), lets the flow place
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
            plan = Self.planKeepingTeamRules(model, priority: priority)
            let bound = CoverageBound(model, from: plan)
            (coverageBound, priorityBound) = (bound.coverage, bound.priority)
        }
    }

    /// The most sessions tried for a group that costs the others' flow wherever it goes.
    static let groupTrials = 8

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
        // Groups go where the flow of everyone else leaves room, so they cost it nothing; else, of the
        // sessions that take all their members, where that flow loses the fewest (priority first)
        // once it has moved around them, unless they lose more than the group brings. The group with
        // the fewest sessions left goes first.
        let others = model.pairs.indices.filter { j in
            !pinnedVisitors.contains(model.pairs[j].visitor) && !grouped.contains(model.pairs[j].visitor)
        }
        var flow = BipartiteFlow(left: input.visitors.count, capacities: capacities, pairs: others.map { model.pairs[$0] },
                                 days: days.indices.map { (sessions: days[$0].sessions, room: dayLeft[$0]) })
        let grow = { (flow: inout BipartiteFlow) in
            flow.maximize(closed: [], from: priority)
            flow.maximize(closed: [])
        }
        if !model.eligibility.groups.isEmpty { grow(&flow) }
        let served = { (flow: BipartiteFlow) in (priority.filter(flow.isMatched).count, flow.value) }
        let options = model.eligibility.groups.map { members -> (members: [Int], sessions: [Int]) in
            let pairsOf = members.map { v in Set(model.pairsOfVisitor[v].map { model.pairs[$0].session }) }
            return (members, pairsOf.dropFirst().reduce(pairsOf[0]) { $0.intersection($1) }.sorted())
        }
        let widest = { (among: [Int]) in among.max { (capacities[$0], -$0) < (capacities[$1], -$1) } }
        let fitsOf = { (members: [Int], sessions: [Int]) in
            sessions.filter { s in
                capacities[s] >= members.count && minimums[s] <= members.count
                    && (dayOf[s].map { dayLeft[$0] >= members.count } ?? true)
            }
        }
        var waiting = options
        while !waiting.isEmpty {
            // The group with the fewest sessions left that take it all.
            let fitting = waiting.map { fitsOf($0.members, $0.sessions) }
            let next = waiting.indices.min {
                (fitting[$0].count, waiting[$0].members[0]) < (fitting[$1].count, waiting[$1].members[0])
            }!
            let (members, fits) = (waiting.remove(at: next).members, fitting[next])
            let size = members.count
            var chosen: Int?
            if let s = widest(fits.filter { flow.spare($0) >= size }) {
                chosen = s
                flow.shrink(s, by: size)
            } else {
                var best: (s: Int, flow: BipartiteFlow, served: (Int, Int))?
                for s in fits.sorted(by: { (capacities[$0], -$0) > (capacities[$1], -$1) }).prefix(Self.groupTrials) {
                    var trial = flow
                    trial.shrink(s, by: size)
                    grow(&trial)
                    if best == nil || served(trial) > best!.served { best = (s, trial, served(trial)) }
                }
                // Placed only when its members are worth what the others lose (priority first).
                let gain = (members.filter(priority.contains).count, size)
                if let best, (best.served.0 + gain.0, best.served.1 + gain.1) >= served(flow) {
                    (chosen, flow) = (best.s, best.flow)
                }
            }
            guard let s = chosen else { continue }
            for v in members { taken.append(model.pair(visitor: v, session: s)!) }
            capacities[s] -= size
            minimums[s] = max(0, minimums[s] - size)
            if let d = dayOf[s] { dayLeft[d] -= size }
        }
        // The others on what the pins and groups left, each session at its minimum or closed.
        let free = others.filter { capacities[model.pairs[$0].session] > 0 }
        let sizes = CoverageFlow.Sizes(visitorCount: input.visitors.count, capacities: capacities, minimums: minimums,
                                       days: days.indices.map { (sessions: days[$0].sessions, room: dayLeft[$0]) },
                                       running: Set(taken.map { model.pairs[$0].session }))
        let placed = CoverageFlow(pairs: free.map { model.pairs[$0] }, input: sizes, first: priority)
        let plan = taken + placed.plan.map { free[$0] }
        let assignments = model.assignments(of: plan)
        let candidate = Plan(status: .feasible, objective: [], assignments: assignments, sessions: [], unassigned: [])
        return PlanValidator(input).violations(of: candidate).isEmpty ? plan.sorted() : nil
    }
}
