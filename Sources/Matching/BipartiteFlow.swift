/// A b-matching of visitors to sessions grown by augmenting paths (Dinic's phases on unit edges),
/// where sessions may share a day's room (a host's daily limit): the network source → visitor →
/// session → day → sink, kept as who holds which place.
///
/// It exists beside `FlowNetwork` because coverage's moves (fill a session to its minimum, release a
/// session) work on who holds which place, which a general flow network does not keep. Without days
/// its phases find a maximum matching; with days a phase may end before the maximum (a chain can
/// take the place it opened), so bounds with days come from `FlowNetwork` (`CoverageBound`).
struct BipartiteFlow {
    let pairs: [EligiblePair]
    private let pairsOfVisitor: [[Int]]
    private let pairsOfSession: [[Int]]
    private var capacities: [Int]
    /// The day (a host's date with a daily limit) each session counts against, or -1.
    private let dayOfSession: [Int]
    private let sessionsOfDay: [[Int]]
    private var dayLimits: [Int]
    /// The pair each visitor is matched through, or -1.
    private var matched: [Int]
    /// Visitors matched to each session.
    private(set) var load: [Int]
    /// Visitors matched to each day's sessions.
    private var dayLoad: [Int]
    private var holders: [[Int]]

    /// A network over `pairs` with each session's capacity; `days` are groups of sessions that
    /// together take at most `room` visitors (a session belongs to at most one).
    init(left: Int, capacities: [Int], pairs: [EligiblePair], days: [(sessions: [Int], room: Int)] = []) {
        self.pairs = pairs
        self.capacities = capacities
        var byVisitor = [[Int]](repeating: [], count: left)
        var bySession = [[Int]](repeating: [], count: capacities.count)
        for (j, p) in pairs.enumerated() {
            byVisitor[p.visitor].append(j)
            bySession[p.session].append(j)
        }
        pairsOfVisitor = byVisitor
        pairsOfSession = bySession
        var dayOf = [Int](repeating: -1, count: capacities.count)
        for (d, day) in days.enumerated() {
            for s in day.sessions {
                precondition(dayOf[s] < 0, "a session counts against one day at most")
                dayOf[s] = d
            }
        }
        dayOfSession = dayOf
        sessionsOfDay = days.map(\.sessions)
        dayLimits = days.map { max(0, $0.room) }
        dayLoad = Array(repeating: 0, count: days.count)
        matched = Array(repeating: -1, count: left)
        load = Array(repeating: 0, count: capacities.count)
        holders = Array(repeating: [], count: capacities.count)
    }

    var value: Int { matched.filter { $0 >= 0 }.count }
    func isMatched(_ v: Int) -> Bool { matched[v] >= 0 }
    var matchedPairs: [Int] { matched.filter { $0 >= 0 }.sorted() }

    /// Whether session `s`'s day (if it has one) can take one more visitor.
    private func dayHasRoom(_ s: Int) -> Bool {
        let d = dayOfSession[s]
        return d < 0 || dayLoad[d] < dayLimits[d]
    }

    /// Places session `s` still has: its capacity less its visitors, and no more than its day's room.
    func spare(_ s: Int) -> Int {
        let d = dayOfSession[s]
        return min(capacities[s] - load[s], d < 0 ? Int.max : dayLimits[d] - dayLoad[d])
    }

    /// Takes `count` places from session `s` and from its day's room (for visitors placed outside
    /// the flow); the visitors they held are unmatched, the last matched first.
    mutating func shrink(_ s: Int, by count: Int) {
        capacities[s] = max(0, capacities[s] - count)
        while load[s] > capacities[s] { unmatch(holders[s].last!) }
        let d = dayOfSession[s]
        guard d >= 0 else { return }
        dayLimits[d] = max(0, dayLimits[d] - count)
        for t in sessionsOfDay[d] {
            while dayLoad[d] > dayLimits[d] && load[t] > 0 { unmatch(holders[t].last!) }
        }
    }

    private mutating func unmatch(_ v: Int) {
        let s = pairs[matched[v]].session
        load[s] -= 1
        if dayOfSession[s] >= 0 { dayLoad[dayOfSession[s]] -= 1 }
        holders[s].removeAll { $0 == v }
        matched[v] = -1
    }

    /// Moves visitors into session `s`, below its minimum, from sessions that stay valid without them.
    mutating func fill(_ s: Int, minimums: [Int]) {
        for j in pairsOfSession[s] where load[s] < min(minimums[s], capacities[s]) {
            let v = pairs[j].visitor
            guard matched[v] >= 0, matched[v] != j else { continue }
            let t = pairs[matched[v]].session
            guard t != s, load[t] - 1 >= minimums[t] || load[t] - 1 == 0 else { continue }
            guard dayOfSession[t] == dayOfSession[s] && dayOfSession[s] >= 0 || dayHasRoom(s) else { continue }
            move(v, to: j)
        }
    }

    /// Unmatches every visitor of the given sessions.
    mutating func release(sessions: Set<Int>) {
        for s in sessions {
            for v in holders[s] { matched[v] = -1 }
            if dayOfSession[s] >= 0 { dayLoad[dayOfSession[s]] -= load[s] }
            holders[s] = []
            load[s] = 0
        }
    }

    /// Augments until no visitor (of `from`, when not empty) can be added, keeping `closed` sessions
    /// empty. A path never unmatches a visitor, so the visitors of `from` matched first stay matched.
    mutating func maximize(closed: Set<Int>, from: Set<Int> = []) {
        while true {
            // Breadth-first layers from the free visitors: through a full session to its holders, through
            // a session whose day is full to the holders of that day's sessions.
            var level = [Int](repeating: -1, count: matched.count)
            var dayReached = [Bool](repeating: false, count: dayLimits.count)
            var queue = matched.indices.filter { matched[$0] < 0 && !pairsOfVisitor[$0].isEmpty && (from.isEmpty || from.contains($0)) }
            for v in queue { level[v] = 0 }
            var head = 0, reachesFree = false
            while head < queue.count {
                let v = queue[head]; head += 1
                for j in pairsOfVisitor[v] {
                    let s = pairs[j].session
                    if closed.contains(s) || matched[v] == j { continue }
                    var displaced: [Int]
                    if load[s] >= capacities[s] {
                        displaced = holders[s]
                    } else if dayHasRoom(s) {
                        reachesFree = true
                        continue
                    } else {
                        let d = dayOfSession[s]
                        if dayReached[d] { continue }
                        dayReached[d] = true
                        displaced = sessionsOfDay[d].flatMap { holders[$0] }
                    }
                    for u in displaced where level[u] < 0 {
                        level[u] = level[v] + 1
                        queue.append(u)
                    }
                    displaced = []
                }
            }
            guard reachesFree else { return }
            var grown = false
            var visited = [Bool](repeating: false, count: matched.count)
            for v in matched.indices where matched[v] < 0 && level[v] == 0 {
                if augment(from: v, level: level, visited: &visited, closed: closed) { grown = true }
            }
            if !grown { return }
        }
    }

    /// Finds a path from visitor `v` to a session with room, moving holders along it.
    private mutating func augment(from v: Int, level: [Int], visited: inout [Bool], closed: Set<Int>) -> Bool {
        visited[v] = true
        for j in pairsOfVisitor[v] {
            let s = pairs[j].session
            if closed.contains(s) || matched[v] == j { continue }
            if load[s] < capacities[s] {
                if dayHasRoom(s) {
                    move(v, to: j)
                    return true
                }
                // The day is full: one of its holders leaves it (no path re-enters a full day), then v comes.
                for t in sessionsOfDay[dayOfSession[s]] {
                    for u in holders[t] where !visited[u] && level[u] == level[v] + 1 {
                        // u left the day; a longer chain may have filled s meanwhile, so look again.
                        if augment(from: u, level: level, visited: &visited, closed: closed),
                           load[s] < capacities[s] && dayHasRoom(s) {
                            move(v, to: j)
                            return true
                        }
                    }
                }
                continue
            }
            for u in holders[s] where !visited[u] && level[u] == level[v] + 1 {
                // u left s, so s has room for v (and its day, which u's place counted in).
                if augment(from: u, level: level, visited: &visited, closed: closed),
                   load[s] < capacities[s] && dayHasRoom(s) {
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
            if dayOfSession[old] >= 0 { dayLoad[dayOfSession[old]] -= 1 }
            holders[old].removeAll { $0 == v }
        }
        matched[v] = j
        let s = pairs[j].session
        load[s] += 1
        if dayOfSession[s] >= 0 { dayLoad[dayOfSession[s]] += 1 }
        holders[s].append(v)
    }
}
