/// A directed network with real capacities: its maximum flow (Dinic's algorithm) and the
/// side of a minimum cut that the source reaches.
///
/// Capacities can change between runs (`setCapacity`); a run goes on from the flow already
/// there, so raising capacities and running again never lowers the flow on any edge into the sink.
struct FlowNetwork {
    /// An edge of the network, by its index in the order edges were added.
    typealias Edge = Int

    let nodeCount: Int
    /// Head node of each half-edge; half-edge `2e` is edge `e`, `2e + 1` its reverse.
    private var head: [Int32] = []
    /// Capacity left on each half-edge.
    private var residual: [Double] = []
    /// Capacity of each edge.
    private var capacities: [Double] = []
    /// The half-edges leaving each node, node by node in the order they were added: node u's are
    /// `leaving[firstLeaving[u]..<firstLeaving[u + 1]]`. Laid out in two flat arrays when a flow is
    /// first asked for, instead of an array per node grown edge by edge (the room checks of a
    /// re-plan spent more time building their networks than running them).
    private var firstLeaving: [Int32] = [], leaving: [Int32] = []

    /// Flows below this are taken as zero.
    static let tolerance = 1e-9

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
    }

    /// Adds an edge and returns it.
    @discardableResult
    mutating func addEdge(from u: Int, to v: Int, capacity c: Double) -> Edge {
        precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount && c >= 0, "edge out of range")
        let e = capacities.count
        capacities.append(c)
        head.append(Int32(v)); residual.append(c)
        head.append(Int32(u)); residual.append(0)
        return e
    }

    /// The capacity of an edge.
    func capacity(_ e: Edge) -> Double { capacities[e] }

    /// The flow on an edge.
    func flow(_ e: Edge) -> Double { capacities[e] - residual[2 * e] }

    /// Changes an edge's capacity, keeping its flow (which must fit under the new capacity).
    mutating func setCapacity(_ e: Edge, _ c: Double) {
        precondition(c >= 0 && flow(e) <= c + Self.tolerance, "capacity below the flow")
        residual[2 * e] += c - capacities[e]
        capacities[e] = c
    }

    /// Whether one more unit fits on every edge of `path`.
    func hasRoom(along path: [Edge]) -> Bool {
        path.allSatisfy { residual[2 * $0] >= 1 - Self.tolerance }
    }

    /// Sends one unit along `path`, a path of edges from the source to the sink with room on each
    /// (`hasRoom`): the flow stays a flow, and a later `maximize` goes on from it.
    mutating func sendUnit(along path: [Edge]) {
        precondition(hasRoom(along: path), "no room along the path")
        for e in path {
            residual[2 * e] -= 1
            residual[2 * e + 1] += 1
        }
    }

    /// Pushes as much flow as possible from `source` to `sink` on top of the flow there; returns the amount added.
    @discardableResult
    mutating func maximize(from source: Int, to sink: Int) -> Double {
        layOutLeavingEdges()
        var added = 0.0
        while true {
            let level = levels(from: source)
            if level[sink] < 0 { return added }
            var next = [Int](repeating: 0, count: nodeCount)
            while true {
                let pushed = augment(from: source, to: sink, level: level, next: &next)
                if pushed <= Self.tolerance { break }
                added += pushed
            }
        }
    }

    /// Whether each node is reached from `source` along edges with capacity left: after
    /// `maximize`, the reached nodes are the source side of a minimum cut.
    mutating func reached(from source: Int) -> [Bool] {
        layOutLeavingEdges()
        return levels(from: source).map { $0 >= 0 }
    }

    /// Lays out the half-edges leaving each node (`leaving`), when edges were added since.
    private mutating func layOutLeavingEdges() {
        guard leaving.count != head.count else { return }
        // Counting sort of the half-edges by the node they leave (the head of their reverse),
        // stable, so each node's half-edges stay in the order they were added.
        var first = [Int32](repeating: 0, count: nodeCount + 1)
        for h in head.indices { first[Int(head[h ^ 1]) + 1] += 1 }
        for u in 0..<nodeCount { first[u + 1] += first[u] }
        var slot = first
        var list = [Int32](repeating: 0, count: head.count)
        for h in head.indices {
            let u = Int(head[h ^ 1])
            list[Int(slot[u])] = Int32(h)
            slot[u] += 1
        }
        firstLeaving = first
        leaving = list
    }

    /// Breadth-first distances from `source` along half-edges with capacity left; -1 when unreached.
    private func levels(from source: Int) -> [Int] {
        var level = [Int](repeating: -1, count: nodeCount)
        level[source] = 0
        var queue = [source], index = 0
        while index < queue.count {
            let u = queue[index]; index += 1
            for h in leaving[Int(firstLeaving[u])..<Int(firstLeaving[u + 1])] where residual[Int(h)] > Self.tolerance {
                let v = Int(head[Int(h)])
                if level[v] < 0 {
                    level[v] = level[u] + 1
                    queue.append(v)
                }
            }
        }
        return level
    }

    /// Finds one path of the level graph from source to sink (skipping dead ends for good, as
    /// Dinic's algorithm does) and pushes its bottleneck along it; returns the amount pushed.
    private mutating func augment(from source: Int, to sink: Int, level: [Int], next: inout [Int]) -> Double {
        var path: [Int] = [] // half-edges from the source
        var u = source
        while u != sink {
            var advanced = false
            let end = Int(firstLeaving[u + 1]) - Int(firstLeaving[u])
            while next[u] < end {
                let h = Int(leaving[Int(firstLeaving[u]) + next[u]])
                let v = Int(head[h])
                if residual[h] > Self.tolerance && level[v] == level[u] + 1 {
                    path.append(h)
                    u = v
                    advanced = true
                    break
                }
                next[u] += 1
            }
            if advanced { continue }
            // A dead end: never try it again in this phase, and step back.
            guard let last = path.popLast() else { return 0 }
            u = Int(head[last ^ 1])
            next[u] += 1
        }
        let bottleneck = path.map { residual[$0] }.min() ?? 0
        for h in path {
            residual[h] -= bottleneck
            residual[h ^ 1] += bottleneck
        }
        return bottleneck
    }
}
