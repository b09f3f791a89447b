import Testing
@testable import Matching

/// The maximal cliques the conflict rows are built from.
@Suite struct CliquesTests {
    @Test func maximalCliquesCoverEveryConflictOnce() {
        // A path 0–1–2 and a triangle 3–4–5.
        let edges: Set<[Int]> = [[0, 1], [1, 2], [3, 4], [4, 5], [3, 5]]
        let cliques = Cliques.maximal(nodeCount: 6) { edges.contains([min($0, $1), max($0, $1)]) }
        #expect(cliques == [[0, 1], [1, 2], [3, 4, 5]])
    }
}
