import Foundation
import Scheduling

/// The plan a first-come-first-served registration form would have given, for comparison with
/// the optimum: visitors in `registered_at` order each take their ranked choices greedily.
///
/// Every hard constraint of the contract that a form can know holds (eligibility, capacity, one
/// host once, conflicts, max_visits, hosts' daily limits); a session left under its min_visitors
/// at the end is cancelled and its visitors lose it. There are no suggestions: a form offers none,
/// nor does it know the team's pins or groups. Nothing here is used by the optimum.
public enum FirstComeFirstServed {
    /// The first-come-first-served plan of `input`; status `feasible`, each tier's bound its value.
    public static func plan(_ input: PlanningInput) -> Plan {
        let eligibility = Eligibility(input)
        let rule = ConflictRule(travel: input.event.travel)
        let named = sessionsByChoice(input)
        var fill = [Int](repeating: 0, count: input.sessions.count)
        var held = [[Int]](repeating: [], count: input.visitors.count)
        var day: [String: Int] = [:]
        func dayKey(_ s: Int) -> String { "\(input.sessions[s].hostID) \(input.sessions[s].date)" }
        func dayRoom(_ s: Int) -> Bool {
            guard let limit = input.host(of: input.sessions[s]).maxVisitorsPerDay else { return true }
            return day[dayKey(s), default: 0] < limit
        }
        for v in registrationOrder(input) {
            let visitor = input.visitors[v]
            for entry in eligibility.rankLists[v].entries {
                guard held[v].count < visitor.maxVisits else { break }
                let taken = named[entry, default: []].first { s in
                    fill[s] < input.sessions[s].capacity && dayRoom(s)
                        && eligibility.isEligible(visitor: v, session: s)
                        && held[v].allSatisfy { !clash($0, s, input: input, rule: rule) }
                }
                if let s = taken {
                    held[v].append(s)
                    fill[s] += 1
                    day[dayKey(s), default: 0] += 1
                }
            }
        }
        let cancelled = Set(input.sessions.indices.filter { fill[$0] > 0 && fill[$0] < input.sessions[$0].minVisitors })
        let assignments = held.enumerated().flatMap { v, sessions in
            sessions.filter { !cancelled.contains($0) }.map { s in
                Assignment(visitorID: input.visitors[v].id, sessionID: input.sessions[s].id,
                           rank: eligibility.rank(visitor: v, session: s))
            }
        }.sorted { ($0.visitorID, $0.sessionID) < ($1.visitorID, $1.sessionID) }
        let tiers = input.tiers.map { tier -> TierResult in
            let value = ObjectiveValues.value(of: tier, assignments: assignments, input: input)
            return TierResult(tier: tier, value: value, bound: value)
        }
        return PlanAssembly(input: input, eligibility: eligibility)
            .plan(status: .feasible, tiers: tiers, assignments: assignments)
    }

    /// Positions of visitors in the order they registered: by `registered_at` as an instant, ties
    /// and unreadable times by input order, visitors without a time last.
    public static func registrationOrder(_ input: PlanningInput) -> [Int] {
        let keys = input.visitors.map { $0.registeredAt?.instant }
        return input.visitors.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// Whether two sessions cannot both be held: one host twice, or a conflict of time and travel.
    private static func clash(_ a: Int, _ b: Int, input: PlanningInput, rule: ConflictRule) -> Bool {
        let sa = input.sessions[a], sb = input.sessions[b]
        return sa.hostID == sb.hostID || rule.conflict(sa, at: input.host(of: sa), sb, at: input.host(of: sb))
    }

    /// The sessions each choice can name, in time order: a session itself, or every session of a host.
    private static func sessionsByChoice(_ input: PlanningInput) -> [String: [Int]] {
        var byID: [String: [Int]] = [:]
        let ordered = input.sessions.indices.sorted {
            let a = input.sessions[$0], b = input.sessions[$1]
            return (a.date, a.start, $0) < (b.date, b.start, $1)
        }
        for s in ordered {
            byID[input.sessions[s].hostID, default: []].append(s)
            byID[input.sessions[s].id, default: []].append(s)
        }
        return byID
    }
}
