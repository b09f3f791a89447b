/// The most visitors, and visitors with priority, that any plan keeping the team's yes pins and
/// hosts' daily limits can cover: a maximum flow source → visitor → session → host's day → sink.
///
/// Every yes-pinned visitor is covered and their pins take their places first; any other covered
/// visitor keeps one of their sessions, which fits what the pins left of its capacity and of its
/// host's day. So a plan covering k visitors holds a flow of k minus the pinned ones, and the
/// maximum flow bounds coverage. Visitors with priority are let in first: a path never leaves the
/// source edge of a matched visitor, so the flow then holds as many of them as any plan can (the sets
/// of visitors a flow can hold are the independent sets of a matroid, a gammoid) and, after, as many
/// visitors in all. Groups and minimums only lower what a plan reaches, so they are left out.
///
/// A plan, when given, starts each flow: one unit per covered visitor through one of their sessions
/// is a flow of this network, and when the plan is the best there is, one search for a path proves
/// it (`RD1`: 11 phases of Dinic's algorithm over 747,000 suggestion edges before).
struct CoverageBound {
    /// The most visitors any plan can cover.
    let coverage: Int
    /// The most visitors with priority any plan can cover.
    let priority: Int

    init(_ model: AssignmentModel, from plan: [Int]? = nil) {
        let input = model.input
        let pinned = model.pairs.indices.filter { model.pairs[$0].pinned }
        let pinnedVisitors = Set(pinned.map { model.pairs[$0].visitor })
        var room = input.sessions.map(\.capacity)
        for j in pinned { room[model.pairs[j].session] -= 1 }
        let days = model.dailyRoom(pinned)

        // Nodes: source, sink, visitors, sessions, days.
        let source = 0, sink = 1, firstVisitor = 2
        let firstSession = firstVisitor + input.visitors.count, firstDay = firstSession + input.sessions.count
        var network = FlowNetwork(nodeCount: firstDay + days.count)
        var dayOf = [Int?](repeating: nil, count: input.sessions.count)
        let dayEdge = days.enumerated().map { d, day in
            for s in day.sessions { dayOf[s] = d }
            return network.addEdge(from: firstDay + d, to: sink, capacity: Double(max(0, day.room)))
        }
        let sessionEdge = input.sessions.indices.map { s in
            network.addEdge(from: firstSession + s, to: dayOf[s].map { firstDay + $0 } ?? sink, capacity: Double(max(0, room[s])))
        }
        // The edges of the plan's pairs are kept (a table of every pair's edge would take 16 bytes a pair).
        var inPlan = [Bool](repeating: false, count: model.pairs.count)
        for j in plan ?? [] { inPlan[j] = true }
        var planEdge: [Int: FlowNetwork.Edge] = [:]
        for (j, p) in model.pairs.enumerated() where !pinnedVisitors.contains(p.visitor) {
            let edge = network.addEdge(from: firstVisitor + p.visitor, to: firstSession + p.session, capacity: 1)
            if inPlan[j] { planEdge[j] = edge }
        }
        var later: [FlowNetwork.Edge] = []
        var sourceEdge: [Int: FlowNetwork.Edge] = [:]
        for v in input.visitors.indices where !pinnedVisitors.contains(v) && !model.pairsOfVisitor[v].isEmpty {
            let first = input.visitors[v].priority
            let edge = network.addEdge(from: source, to: firstVisitor + v, capacity: first ? 1 : 0)
            sourceEdge[v] = edge
            if !first { later.append(edge) }
        }
        // The plan's path of each visitor it covers: source, visitor, one of their sessions, day, sink.
        var paths: [(priority: Bool, edges: [FlowNetwork.Edge])] = []
        var covered = Set<Int>()
        for j in plan ?? [] {
            let p = model.pairs[j]
            guard let start = sourceEdge[p.visitor], let middle = planEdge[j], covered.insert(p.visitor).inserted else { continue }
            let edges = [start, middle, sessionEdge[p.session]] + (dayOf[p.session].map { [dayEdge[$0]] } ?? [])
            paths.append((input.visitors[p.visitor].priority, edges))
        }
        let send = { (network: inout FlowNetwork, priority: Bool) -> Int in
            var sent = 0
            for path in paths where path.priority == priority && network.hasRoom(along: path.edges) {
                network.sendUnit(along: path.edges)
                sent += 1
            }
            return sent
        }
        let pinnedPriority = pinnedVisitors.filter { input.visitors[$0].priority }.count
        let held = send(&network, true) + Int(network.maximize(from: source, to: sink).rounded())
        for edge in later { network.setCapacity(edge, 1) }
        let added = send(&network, false) + Int(network.maximize(from: source, to: sink).rounded())
        priority = pinnedPriority + held
        coverage = pinnedVisitors.count + held + added
    }
}
