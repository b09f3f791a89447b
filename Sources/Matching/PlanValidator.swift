import Scheduling

/// Checks a plan against the contract's hard constraints and names every violation; built on the
/// same definitions as the model (eligibility, ranks, conflicts), so a plan the model accepts passes.
public struct PlanValidator: Sendable {
    let eligibility: Eligibility

    public init(_ input: PlanningInput) { eligibility = Eligibility(input) }

    /// One broken rule, with the family it belongs to.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public let family: ConstraintFamily
        public let message: String
        public var description: String { "\(family.rawValue): \(message)" }
    }

    /// Every violation of the plan, family by family; empty when the plan is valid.
    public func violations(of plan: Plan) -> [Violation] {
        let groups = plan.assignments.compactMap(resolve)
        var found: [Violation] = []
        let unresolved = plan.assignments.count - groups.count
        if unresolved > 0 { found.append(Violation(family: .eligibility, message: "\(unresolved) assignments name unknown ids")) }
        found += checkEligibility(groups) + checkCapacity(groups) + checkMinimum(groups) + checkPerVisitor(groups)
            + checkHostOnce(groups) + checkConflicts(groups) + checkSuggestions(groups)
            + checkPins(groups) + checkGroups(groups) + checkHostPerDay(groups)
        return found
    }

    private typealias Placed = (visitor: Int, session: Int, rank: Int?)
    private var input: PlanningInput { eligibility.input }

    private func resolve(_ a: Assignment) -> Placed? {
        guard let v = input.visitorPosition(a.visitorID), let s = input.sessionPosition(a.sessionID) else { return nil }
        return (v, s, a.rank)
    }

    /// eligibility: every assigned pair is eligible and carries the visitor's rank for it.
    private func checkEligibility(_ placed: [Placed]) -> [Violation] {
        placed.flatMap { p -> [Violation] in
            var out: [Violation] = []
            let names = "\(input.visitors[p.visitor].id) in \(input.sessions[p.session].id)"
            if !eligibility.isEligible(visitor: p.visitor, session: p.session) {
                out.append(Violation(family: .eligibility, message: "\(names) is not eligible"))
            }
            if eligibility.rank(visitor: p.visitor, session: p.session) != p.rank {
                out.append(Violation(family: .eligibility, message: "\(names) carries rank \(p.rank.map(String.init) ?? "null")"))
            }
            return out
        }
    }

    /// capacity: Σ_v x(v,s) ≤ capacity(s).
    private func checkCapacity(_ placed: [Placed]) -> [Violation] {
        fills(placed).compactMap { s, n in
            n > input.sessions[s].capacity
                ? Violation(family: .capacity, message: "\(input.sessions[s].id) has \(n) visitors for \(input.sessions[s].capacity) places")
                : nil
        }
    }

    /// minimum: a session gets 0 or at least min_visitors.
    private func checkMinimum(_ placed: [Placed]) -> [Violation] {
        fills(placed).compactMap { s, n in
            n > 0 && n < input.sessions[s].minVisitors
                ? Violation(family: .minimum, message: "\(input.sessions[s].id) runs with \(n), below its minimum \(input.sessions[s].minVisitors)")
                : nil
        }
    }

    /// perVisitor: Σ_s x(v,s) ≤ max_visits(v).
    private func checkPerVisitor(_ placed: [Placed]) -> [Violation] {
        byVisitor(placed).compactMap { v, mine in
            mine.count > input.visitors[v].maxVisits
                ? Violation(family: .perVisitor, message: "\(input.visitors[v].id) has \(mine.count) sessions, max_visits \(input.visitors[v].maxVisits)")
                : nil
        }
    }

    /// hostOnce: at most one session of each host per visitor.
    private func checkHostOnce(_ placed: [Placed]) -> [Violation] {
        byVisitor(placed).flatMap { v, mine in
            Dictionary(grouping: mine) { input.sessions[$0.session].hostID }
                .filter { $0.value.count > 1 }.keys.sorted()
                .map { Violation(family: .hostOnce, message: "\(input.visitors[v].id) visits host \($0) more than once") }
        }
    }

    /// conflict: no two conflicting sessions for one visitor.
    private func checkConflicts(_ placed: [Placed]) -> [Violation] {
        let rule = ConflictRule(travel: input.event.travel)
        return byVisitor(placed).flatMap { v, mine in
            let sessions = mine.map { input.sessions[$0.session] }.sorted { $0.id < $1.id }
            var out: [Violation] = []
            for i in sessions.indices {
                for j in sessions.indices where j > i {
                    let a = sessions[i], b = sessions[j]
                    if rule.conflict(a, at: input.host(of: a), b, at: input.host(of: b)) {
                        out.append(Violation(family: .conflict, message: "\(input.visitors[v].id) cannot reach both \(a.id) and \(b.id)"))
                    }
                }
            }
            return out
        }
    }

    /// suggestion: at most one unranked, unpinned session, and only without another one.
    private func checkSuggestions(_ placed: [Placed]) -> [Violation] {
        byVisitor(placed).compactMap { v, mine in
            let unranked = mine.filter { $0.rank == nil && !eligibility.isPinned(visitor: v, session: $0.session) }.count
            guard unranked > 0, unranked > 1 || mine.count > unranked else { return nil }
            return Violation(family: .suggestion, message: "\(input.visitors[v].id) gets \(unranked) suggestion(s) beside \(mine.count - unranked) ranked session(s)")
        }
    }

    /// pin: every yes pin of the team is assigned.
    private func checkPins(_ placed: [Placed]) -> [Violation] {
        let given = Set(placed.map { "\($0.visitor) \($0.session)" })
        return eligibility.pinned.sorted { $0.key < $1.key }.flatMap { v, decided in
            decided.filter(\.value).keys.sorted().compactMap { s in
                given.contains("\(v) \(s)") ? nil : Violation(family: .pin, message:
                    "\(input.visitors[v].id) is pinned to \(input.sessions[s].id) and does not have it")
            }
        }
    }

    /// group: people of one group get exactly the same sessions.
    private func checkGroups(_ placed: [Placed]) -> [Violation] {
        let sessions = Dictionary(grouping: placed, by: \.visitor).mapValues { Set($0.map(\.session)) }
        return eligibility.groups.compactMap { members in
            let sets = members.map { sessions[$0] ?? [] }
            guard Set(sets).count > 1 else { return nil }
            let names = members.map { input.visitors[$0].id }.joined(separator: ", ")
            return Violation(family: .group, message: "\(names) go together and do not get the same sessions")
        }
    }

    /// hostPerDay: a host receives at most max_visitors_per_day visitors on one date.
    private func checkHostPerDay(_ placed: [Placed]) -> [Violation] {
        var count: [PlanAssembly.DayKey: Int] = [:]
        for p in placed {
            let session = input.sessions[p.session]
            count[PlanAssembly.DayKey(hostID: session.hostID, date: session.date), default: 0] += 1
        }
        return count.keys.sorted { ($0.hostID, $0.date) < ($1.hostID, $1.date) }.compactMap { key in
            guard let limit = input.host(key.hostID)?.maxVisitorsPerDay, count[key]! > limit else { return nil }
            return Violation(family: .hostPerDay, message: "host \(key.hostID) receives \(count[key]!) visitors on "
                + "\(key.date), max_visitors_per_day \(limit)")
        }
    }

    private func fills(_ placed: [Placed]) -> [(Int, Int)] {
        var n: [Int: Int] = [:]
        for p in placed { n[p.session, default: 0] += 1 }
        return n.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private func byVisitor(_ placed: [Placed]) -> [(Int, [Placed])] {
        Dictionary(grouping: placed, by: \.visitor).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
