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

    /// suggestion: at most one unranked session, and only without a ranked one.
    private func checkSuggestions(_ placed: [Placed]) -> [Violation] {
        byVisitor(placed).compactMap { v, mine in
            let unranked = mine.filter { $0.rank == nil }.count
            guard unranked > 0, unranked > 1 || mine.count > unranked else { return nil }
            return Violation(family: .suggestion, message: "\(input.visitors[v].id) gets \(unranked) suggestion(s) beside \(mine.count - unranked) ranked session(s)")
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
