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
        let zone = TimeZone(identifier: input.event.timezone) ?? TimeZone(identifier: "Europe/Brussels")!
        let keys = input.visitors.map { $0.registeredAt.flatMap { registrationInstant($0, in: zone) } }
        return input.visitors.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }

    /// Seconds since 1970 (UTC) of an ISO 8601 date-time such as `2025-10-06T09:18:15+02:00`,
    /// `2025-10-06 09:18Z` or `2025-10-06`; a time without an offset is read in `zone`; nil when
    /// the text is not such a date-time.
    public static func registrationInstant(_ text: String, in zone: TimeZone) -> Int? {
        let s = Array(text.trimmingSpaces().utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var n = 0
            for c in s[from..<from + count] {
                guard (48...57).contains(c) else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard s.count >= 10, s[4] == 45, s[7] == 45, let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
              let date = LocalDate(year: y, month: mo, day: d) else { return nil }
        var seconds = 0, i = 10
        if s.count > 10 {
            guard s[10] == 84 || s[10] == 116 || s[10] == 32, let h = number(11, 2), s.count > 13, s[13] == 58,
                  let m = number(14, 2), h < 24, m < 60 else { return nil }
            seconds = h * 3600 + m * 60
            i = 16
            if i < s.count, s[i] == 58, let sec = number(i + 1, 2), sec < 61 {
                seconds += sec
                i += 3
                if i < s.count, s[i] == 46 || s[i] == 44 { i += 1; while i < s.count, (48...57).contains(s[i]) { i += 1 } }
            }
        }
        let local = date.daysSinceEpoch * 86400 + seconds
        if i == s.count {
            let guess = Date(timeIntervalSince1970: TimeInterval(local))
            let offset = zone.secondsFromGMT(for: guess.addingTimeInterval(-TimeInterval(zone.secondsFromGMT(for: guess))))
            return local - offset
        }
        if s[i] == 90 || s[i] == 122 { return i + 1 == s.count ? local : nil }
        guard s[i] == 43 || s[i] == 45, let oh = number(i + 1, 2) else { return nil }
        let rest = s.count - i - 3
        let om: Int?
        switch rest {
        case 0: om = 0
        case 2: om = number(i + 3, 2)
        case 3 where s[i + 3] == 58: om = number(i + 4, 2)
        default: om = nil
        }
        guard let om else { return nil }
        let offset = (oh * 3600 + om * 60) * (s[i] == 45 ? -1 : 1)
        return local - offset
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
