/// Maximal cliques of a small undirected graph (Bron–Kerbosch with pivoting).
///
/// Used per visitor on the conflict graph of their ranked sessions: one row per maximal clique
/// says more than one row per conflicting pair, and gives the solver a tighter relaxation.
enum Cliques {
    /// The maximal cliques with at least two nodes; `adjacent(i, j)` must be symmetric.
    static func maximal(nodeCount: Int, adjacent: (Int, Int) -> Bool) -> [[Int]] {
        guard nodeCount >= 2 else { return [] }
        var neighbours = [Set<Int>](repeating: [], count: nodeCount)
        for i in 0..<nodeCount {
            for j in (i + 1)..<nodeCount where adjacent(i, j) {
                neighbours[i].insert(j)
                neighbours[j].insert(i)
            }
        }
        var found: [[Int]] = []
        func extend(_ clique: [Int], _ candidates: Set<Int>, _ excluded: Set<Int>) {
            if candidates.isEmpty && excluded.isEmpty {
                if clique.count >= 2 { found.append(clique.sorted()) }
                return
            }
            let pivot = candidates.union(excluded).max { neighbours[$0].count < neighbours[$1].count }!
            var candidates = candidates, excluded = excluded
            for node in candidates.subtracting(neighbours[pivot]).sorted() {
                extend(clique + [node], candidates.intersection(neighbours[node]), excluded.intersection(neighbours[node]))
                candidates.remove(node)
                excluded.insert(node)
            }
        }
        extend([], Set(0..<nodeCount), [])
        return found.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
