/// Where suggestions can go: each open visitor's suggestion — split in two kinds when mix is a
/// tier, one whose sessions mix sectors and one whose sessions do not — and the sessions each
/// kind may go to.
///
/// The model does not give every (visitor, unranked session) pair a column: it has one column
/// h(a) per suggestion kind a ("a is given") and one column u(s) per session ("suggestions s
/// receives"). Such values are real placements exactly when every set A of kinds fits in what
/// the sessions A can reach receive — Σ_{a∈A} h(a) ≤ Σ_{s∈N(A)} u(s) with Σ h = Σ u (Hall's
/// condition; Gale's theorem for transportation problems). Those *room rows* are too many to
/// write down; `brokenRooms` finds those that values break, by a maximum flow, and `route` turns
/// whole values into placements.
struct SuggestionNetwork: Sendable {
    /// One kind of suggestion for one visitor, with the unranked pairs it may use.
    struct Supply: Sendable {
        let visitor: Int
        /// Whether its sessions mix sectors; nil when mix is not a tier (one kind per visitor).
        let mixes: Bool?
        /// Pair indices, in the model's seeded order.
        let pairs: [Int]
    }

    /// A room row that values break: the kinds of a set A and the sessions N(A) they reach.
    struct Room: Sendable, Equatable {
        let supplies: [Int]
        let sessions: [Int]
    }

    let supplies: [Supply]
    /// The kinds of each visitor who has some, by visitor position.
    let suppliesOfVisitor: [Int: [Int]]
    /// Whether each pair is in the network, and whether it mixes sectors.
    private let aggregated: [Bool], mixOfPair: [Bool]
    /// Every session some suggestion can reach, in input order.
    let sessions: [Int]
    private let pairs: [EligiblePair]
    /// Kinds reaching the very same sessions, taken as one node of the cut's flow.
    private let classes: [[Int]]
    private let sessionsOfClass: [[Int]]

    /// The network of the pairs marked `aggregated`: suggestions that have no column of their own.
    init(pairs: [EligiblePair], mixOfPair: [Bool], splitByMix: Bool, aggregated: [Bool]) {
        self.pairs = pairs
        var byVisitor: [Int: [Int]] = [:]
        for (j, p) in pairs.enumerated() where aggregated[j] { byVisitor[p.visitor, default: []].append(j) }
        var supplies: [Supply] = []
        for v in byVisitor.keys.sorted() {
            let mine = byVisitor[v]!
            if splitByMix {
                for kind in [false, true] {
                    let part = mine.filter { mixOfPair[$0] == kind }
                    if !part.isEmpty { supplies.append(Supply(visitor: v, mixes: kind, pairs: part)) }
                }
            } else {
                supplies.append(Supply(visitor: v, mixes: nil, pairs: mine))
            }
        }
        self.supplies = supplies
        suppliesOfVisitor = Dictionary(grouping: supplies.indices) { supplies[$0].visitor }
        self.aggregated = aggregated
        self.mixOfPair = mixOfPair
        var classOfSessions: [[Int]: Int] = [:]
        var classes: [[Int]] = [], sessionsOfClass: [[Int]] = []
        for (a, supply) in supplies.enumerated() {
            let reach = supply.pairs.map { pairs[$0].session }.sorted()
            if let c = classOfSessions[reach] {
                classes[c].append(a)
            } else {
                classOfSessions[reach] = classes.count
                classes.append([a])
                sessionsOfClass.append(reach)
            }
        }
        self.classes = classes
        self.sessionsOfClass = sessionsOfClass
        sessions = Set(sessionsOfClass.joined()).sorted()
    }

    /// The kind of pair `j` when it is in the network: its visitor's kind that mixes as it does.
    /// (Found from the visitor rather than kept per pair: a table of every suggestion pair took
    /// 270 MB on the stress profile.)
    func supply(ofPair j: Int) -> Int? {
        guard aggregated[j] else { return nil }
        return suppliesOfVisitor[pairs[j].visitor]?.first { supplies[$0].mixes == nil || supplies[$0].mixes == mixOfPair[j] }
    }

    /// Room rows broken by more than `tolerance` at these values — `given[a]` for each kind,
    /// `received[s]` for each session position — one per kind class the flow cannot fully
    /// place; empty when every set of kinds fits.
    ///
    /// `closed`: each row also counts every kind that reaches only the row's sessions, given now or
    /// not. That row is the strongest for its sessions, and the next LP cannot move suggestions
    /// from the row's kinds to those: a re-plan's root checked one row at a time 89 times in its
    /// keep tier (bassin seed 3), 41 times with closed rows.
    func brokenRooms(given: [Double], received: [Double], tolerance: Double = 1e-6, closed: Bool = false) -> [Room] {
        let totals = classes.map { $0.reduce(0) { $0 + max(0, given[$1]) } }
        // Source → class (what its kinds are given) → sessions it reaches → sink (what each receives).
        let source = 0, sink = 1, firstSession = 2 + classes.count
        var node = [Int](repeating: -1, count: received.count)
        for (k, s) in sessions.enumerated() { node[s] = firstSession + k }
        var network = FlowNetwork(nodeCount: firstSession + sessions.count)
        var supplyEdges: [FlowNetwork.Edge] = []
        for (c, total) in totals.enumerated() {
            supplyEdges.append(network.addEdge(from: source, to: 2 + c, capacity: total))
            // A class given nothing sends nothing: its edges would change no flow and no cut.
            guard total > 0 else { continue }
            // Never the smallest cut: more than the class can ever send.
            for s in sessionsOfClass[c] { network.addEdge(from: 2 + c, to: node[s], capacity: total + 1) }
        }
        for s in sessions { network.addEdge(from: node[s], to: sink, capacity: max(0, received[s])) }
        network.maximize(from: source, to: sink)
        // A class left short, and all the flow could move to make room for it, need more than
        // the sessions they reach receive: those sessions are full and fed by them alone.
        var rooms: [Room] = [], seen: Set<[Int]> = []
        for (c, edge) in supplyEdges.enumerated() where network.capacity(edge) - network.flow(edge) > tolerance {
            let reached = network.reached(from: 2 + c)
            let setA = classes.indices.filter { k in
                reached[2 + k] || (closed && sessionsOfClass[k].allSatisfy { reached[node[$0]] })
            }.flatMap { classes[$0] }.sorted()
            guard seen.insert(setA).inserted else { continue }
            let reach = sessions.filter { reached[node[$0]] }
            let excess = setA.reduce(0) { $0 + given[$1] } - reach.reduce(0) { $0 + received[$1] }
            if excess > tolerance { rooms.append(Room(supplies: setA, sessions: reach)) }
        }
        return rooms
    }

    /// Places the kinds `given` (whole values): each on one of its sessions, session s receiving
    /// between `lower[s]` and `upper[s]`, and the sessions of each `shared` set (a host's date with
    /// a daily limit) at most its room together; returns the pairs used, or nil when that cannot be done.
    func route(given: [Bool], lower: [Int], upper: [Int], shared: [(sessions: [Int], room: Int)] = []) -> [Int]? {
        let source = 0, sink = 1, firstSession = 2 + supplies.count, firstShared = firstSession + sessions.count
        var node = [Int](repeating: -1, count: lower.count)
        for (k, s) in sessions.enumerated() { node[s] = firstSession + k }
        var network = FlowNetwork(nodeCount: firstShared + shared.count)
        // A session of a shared set drains through the set's node, which holds the set's room.
        var drain = [Int: Int]()
        for (k, set) in shared.enumerated() {
            network.addEdge(from: firstShared + k, to: sink, capacity: Double(max(0, set.room)))
            for s in set.sessions { drain[s] = firstShared + k }
        }
        var pairEdges: [(pair: Int, edge: FlowNetwork.Edge)] = []
        for (a, supply) in supplies.enumerated() where given[a] {
            network.addEdge(from: source, to: 2 + a, capacity: 1)
            for j in supply.pairs {
                pairEdges.append((j, network.addEdge(from: 2 + a, to: node[pairs[j].session], capacity: 1)))
            }
        }
        let sinkEdges = sessions.map {
            network.addEdge(from: node[$0], to: drain[$0] ?? sink, capacity: Double(max(0, lower[$0])))
        }
        // First every session's minimum, then the rest: flow into the sink never goes down.
        let needed = sessions.reduce(0) { $0 + max(0, lower[$1]) }
        guard Int(network.maximize(from: source, to: sink).rounded()) == needed else { return nil }
        for (k, s) in sessions.enumerated() { network.setCapacity(sinkEdges[k], Double(max(lower[s], upper[s], 0))) }
        network.maximize(from: source, to: sink)
        let used = pairEdges.filter { network.flow($0.edge) > 0.5 }.map(\.pair)
        return used.count == given.filter { $0 }.count ? used : nil
    }
}
