/// Coverage as a flow problem: each visitor needs one place, each session offers its capacity.
///
/// A plan that covers k visitors contains a flow of value k (keep one session per covered
/// visitor), so the maximum flow bounds coverage from above. A flow is itself a plan once no
/// session holds fewer than its min_visitors: sessions that cannot reach theirs are closed and
/// the flow is augmented again, which never lowers any other session's count. When the two
/// values meet, coverage is proven without branch and bound.
///
/// Visitors of `first` (those with priority) are matched first: an augmenting path never leaves a
/// matched visitor without a place, so the flow then covers as many of them as any plan can (they
/// form a transversal matroid, and greedy is optimal on a matroid) and, after, as many visitors in all.
struct CoverageFlow {
    /// The most visitors any plan can cover.
    let bound: Int
    /// The most visitors of `first` any plan can cover.
    let firstBound: Int
    /// A plan covering as many as the flow found once every session reaches its minimum: one pair per visitor.
    let plan: [Int]

    /// The sizes coverage depends on: how many visitors, and each session's capacity and minimum.
    struct Sizes {
        let visitorCount: Int
        let capacities: [Int]
        let minimums: [Int]
    }

    init(pairs: [EligiblePair], input: Sizes, first: Set<Int> = []) {
        var network = BipartiteFlow(left: input.visitorCount, right: input.capacities.count, pairs: pairs)
        network.maximize(capacities: input.capacities, closed: [], from: first)
        firstBound = first.filter { network.isMatched($0) }.count
        network.maximize(capacities: input.capacities, closed: [])
        bound = network.value
        // A session whose minimum exceeds its capacity can never run.
        var closed = Set(input.capacities.indices.filter { input.minimums[$0] > input.capacities[$0] })
        network.release(sessions: closed)
        network.maximize(capacities: input.capacities, closed: closed, from: first)
        network.maximize(capacities: input.capacities, closed: closed)
        while true {
            // First draw visitors from sessions that can spare them; close what still falls short.
            for s in network.load.indices where network.load[s] > 0 && network.load[s] < input.minimums[s] {
                network.fill(s, minimums: input.minimums, capacities: input.capacities)
            }
            let under = Set(network.load.indices.filter { network.load[$0] > 0 && network.load[$0] < input.minimums[$0] })
            if under.isEmpty { break }
            closed.formUnion(under)
            network.release(sessions: under)
            network.maximize(capacities: input.capacities, closed: closed, from: first)
            network.maximize(capacities: input.capacities, closed: closed)
        }
        plan = network.matchedPairs
    }
}

/// A bipartite b-matching grown by augmenting paths (Dinic's phases on unit edges). It exists beside
/// `FlowNetwork` because coverage's moves (fill a session to its minimum, release a session) work on
/// who holds which place, which a general flow network does not keep.
private struct BipartiteFlow {
    let pairs: [EligiblePair]
    private let pairsOfVisitor: [[Int]]
    private let pairsOfSession: [[Int]]
    /// The pair each visitor is matched through, or -1.
    private var matched: [Int]
    /// Visitors matched to each session.
    private(set) var load: [Int]
    private var holders: [[Int]]

    init(left: Int, right: Int, pairs: [EligiblePair]) {
        self.pairs = pairs
        var byVisitor = [[Int]](repeating: [], count: left)
        var bySession = [[Int]](repeating: [], count: right)
        for (j, p) in pairs.enumerated() {
            byVisitor[p.visitor].append(j)
            bySession[p.session].append(j)
        }
        pairsOfVisitor = byVisitor
        pairsOfSession = bySession
        matched = Array(repeating: -1, count: left)
        load = Array(repeating: 0, count: right)
        holders = Array(repeating: [], count: right)
    }

    var value: Int { matched.filter { $0 >= 0 }.count }
    func isMatched(_ v: Int) -> Bool { matched[v] >= 0 }
    var matchedPairs: [Int] { matched.filter { $0 >= 0 }.sorted() }

    /// Moves visitors into session `s`, below its minimum, from sessions that stay valid without them.
    mutating func fill(_ s: Int, minimums: [Int], capacities: [Int]) {
        for j in pairsOfSession[s] where load[s] < min(minimums[s], capacities[s]) {
            let v = pairs[j].visitor
            guard matched[v] >= 0, matched[v] != j else { continue }
            let t = pairs[matched[v]].session
            guard t != s, load[t] - 1 >= minimums[t] || load[t] - 1 == 0 else { continue }
            move(v, to: j)
        }
    }

    /// Unmatches every visitor of the given sessions.
    mutating func release(sessions: Set<Int>) {
        for s in sessions {
            for v in holders[s] { matched[v] = -1 }
            holders[s] = []
            load[s] = 0
        }
    }

    /// Augments until no visitor (of `from`, when not empty) can be added, keeping `closed` sessions empty.
    mutating func maximize(capacities: [Int], closed: Set<Int>, from: Set<Int> = []) {
        while true {
            // Breadth-first layers from the free visitors through sessions to their holders.
            var level = [Int](repeating: -1, count: matched.count)
            var queue = matched.indices.filter { matched[$0] < 0 && !pairsOfVisitor[$0].isEmpty && (from.isEmpty || from.contains($0)) }
            for v in queue { level[v] = 0 }
            var head = 0, reachesFree = false
            while head < queue.count {
                let v = queue[head]; head += 1
                for j in pairsOfVisitor[v] {
                    let s = pairs[j].session
                    if closed.contains(s) || matched[v] == j { continue }
                    if load[s] < capacities[s] { reachesFree = true; continue }
                    for u in holders[s] where level[u] < 0 {
                        level[u] = level[v] + 1
                        queue.append(u)
                    }
                }
            }
            guard reachesFree else { return }
            var grown = false
            var visited = [Bool](repeating: false, count: matched.count)
            for v in matched.indices where matched[v] < 0 && level[v] == 0 {
                if augment(from: v, level: level, visited: &visited, capacities: capacities, closed: closed) { grown = true }
            }
            if !grown { return }
        }
    }

    /// Finds a path from visitor `v` to a session with room, moving holders along it.
    private mutating func augment(from v: Int, level: [Int], visited: inout [Bool], capacities: [Int], closed: Set<Int>) -> Bool {
        visited[v] = true
        for j in pairsOfVisitor[v] {
            let s = pairs[j].session
            if closed.contains(s) || matched[v] == j { continue }
            if load[s] < capacities[s] {
                move(v, to: j)
                return true
            }
            for u in holders[s] where !visited[u] && level[u] == level[v] + 1 {
                if augment(from: u, level: level, visited: &visited, capacities: capacities, closed: closed) {
                    // u left s, so s has room for v.
                    move(v, to: j)
                    return true
                }
            }
        }
        return false
    }

    /// Matches visitor `v` through pair `j`, leaving its previous session if any.
    private mutating func move(_ v: Int, to j: Int) {
        if matched[v] >= 0 {
            let old = pairs[matched[v]].session
            load[old] -= 1
            holders[old].removeAll { $0 == v }
        }
        matched[v] = j
        let s = pairs[j].session
        load[s] += 1
        holders[s].append(v)
    }
}
