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
    /// The most visitors any plan can cover (without days; with days, the most this flow found:
    /// `CoverageBound` gives the proven bound).
    let bound: Int
    /// The most visitors of `first` any plan can cover (likewise).
    let firstBound: Int
    /// A plan covering as many as the flow found once every session reaches its minimum: one pair per visitor.
    let plan: [Int]

    /// The sizes coverage depends on: how many visitors, each session's capacity and minimum, and
    /// the days that sessions share (a host's daily limit: those sessions take at most `room` in all).
    struct Sizes {
        let visitorCount: Int
        let capacities: [Int]
        let minimums: [Int]
        var days: [(sessions: [Int], room: Int)] = []
        /// Sessions that run whatever the flow does (someone outside it is there: a pin, a group);
        /// the flow brings them up to their minimum when it can, and never closes them.
        var running: Set<Int> = []
    }

    init(pairs: [EligiblePair], input: Sizes, first: Set<Int> = []) {
        var network = BipartiteFlow(left: input.visitorCount, capacities: input.capacities, pairs: pairs, days: input.days)
        network.maximize(closed: [], from: first)
        firstBound = first.filter { network.isMatched($0) }.count
        network.maximize(closed: [])
        bound = network.value
        // A session whose minimum exceeds its capacity can never run.
        var closed = Set(input.capacities.indices.filter { input.minimums[$0] > input.capacities[$0] })
        network.release(sessions: closed)
        network.maximize(closed: closed, from: first)
        network.maximize(closed: closed)
        while true {
            // First draw visitors from sessions that can spare them; close what still falls short.
            let short = { (s: Int) in (network.load[s] > 0 || input.running.contains(s)) && network.load[s] < input.minimums[s] }
            for s in network.load.indices where short(s) {
                network.fill(s, minimums: input.minimums)
            }
            let under = Set(network.load.indices.filter { short($0) && !input.running.contains($0) })
            if under.isEmpty { break }
            closed.formUnion(under)
            network.release(sessions: under)
            network.maximize(closed: closed, from: first)
            network.maximize(closed: closed)
        }
        plan = network.matchedPairs
    }
}
