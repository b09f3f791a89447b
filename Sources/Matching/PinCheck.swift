import Scheduling

/// The simple rules that show, before any solve, that the team's yes pins cannot all hold
/// together (contract §3): each problem names the pins involved with their lines in pins.csv.
///
/// A group goes together, so each member carries the yes pins of every member.
public struct PinCheck {
    let model: AssignmentModel

    init(model: AssignmentModel) { self.model = model }

    /// Checks the pins of `input` against the simple rules, before any solve.
    public init(_ input: PlanningInput) {
        model = AssignmentModel(Eligibility(input), seed: 1)
    }

    /// The first line of pins.csv a problem names, to locate it (`pins.csv line N`).
    public static func firstLine(of problem: String) -> Int? {
        guard let range = problem.range(of: "pins.csv line ") else { return nil }
        return Int(problem[range.upperBound...].prefix { $0.isNumber })
    }

    private var input: PlanningInput { model.input }
    private var eligibility: Eligibility { model.eligibility }

    /// Every problem found, in a stable order; empty when no simple rule rules the pins out.
    public func problems() -> [String] {
        let yes = input.pins.filter(\.assigns)
        guard !yes.isEmpty else { return [] }
        var found: [String] = []
        for pin in yes {
            guard let v = input.visitorPosition(pin.visitorID), case .session(let id) = pin.target,
                  let s = input.sessionPosition(id), model.pair(visitor: v, session: s) == nil else { continue }
            found.append(missingPair(pin, visitor: v, session: s))
        }
        let carried = carriedPins(yes)
        for v in carried.keys.sorted() {
            found += visitorProblems(v, carried[v]!)
        }
        found += sessionProblems(carried)
        return found
    }

    /// Why the pinned pair is not in the model: a group member cannot have it, or the session cannot run.
    private func missingPair(_ pin: Pin, visitor v: Int, session s: Int) -> String {
        let session = input.sessions[s]
        if let group = eligibility.groups.first(where: { $0.contains(v) }),
           let other = group.first(where: { $0 != v && !eligibility.isEligible(visitor: $0, session: s) }) {
            return "\(pin.label): \(input.visitors[v].id) goes with group '\(input.visitors[v].group ?? "")', and "
                + "\(input.visitors[other].id) of that group cannot have session \(session.id)"
        }
        return "\(pin.label): session \(session.id) needs at least \(session.minVisitors) visitors and fewer can have it"
    }

    /// The yes pins each visitor carries: their own and, in a group, every member's.
    private func carriedPins(_ yes: [Pin]) -> [Int: [(pin: Pin, session: Int)]] {
        var own: [Int: [(pin: Pin, session: Int)]] = [:]
        for pin in yes {
            guard let v = input.visitorPosition(pin.visitorID), case .session(let id) = pin.target,
                  let s = input.sessionPosition(id) else { continue }
            own[v, default: []].append((pin, s))
        }
        var carried = own
        for group in eligibility.groups {
            let all = group.flatMap { own[$0] ?? [] }
            guard !all.isEmpty else { continue }
            for v in group { carried[v] = all }
        }
        return carried
    }

    /// More pins than max_visits, two sessions of one host, or two sessions one cannot reach both of.
    private func visitorProblems(_ v: Int, _ pins: [(pin: Pin, session: Int)]) -> [String] {
        let visitor = input.visitors[v]
        let sessions = Set(pins.map(\.session))
        var found: [String] = []
        if sessions.count > visitor.maxVisits {
            found.append(labels(pins.map(\.pin)) + ": \(visitor.id) would get \(sessions.count) sessions, "
                + "more than max_visits \(visitor.maxVisits)")
        }
        let rule = ConflictRule(travel: input.event.travel)
        let list = pins.sorted { $0.session < $1.session }
        for i in list.indices {
            for j in list.indices where j > i && list[i].session != list[j].session {
                let a = input.sessions[list[i].session], b = input.sessions[list[j].session]
                if a.hostID == b.hostID {
                    found.append(labels([list[i].pin, list[j].pin]) + ": \(visitor.id) would visit host \(a.hostID) twice")
                } else if rule.conflict(a, at: input.host(of: a), b, at: input.host(of: b)) {
                    found.append(labels([list[i].pin, list[j].pin]) + ": \(visitor.id) cannot reach both \(a.id) and \(b.id) "
                        + "(same day, not enough time to travel)")
                }
            }
        }
        return found
    }

    /// More pinned visitors on a session than its capacity, or on a host's date than its daily limit.
    private func sessionProblems(_ carried: [Int: [(pin: Pin, session: Int)]]) -> [String] {
        var onSession: [Int: Set<Int>] = [:], pinsOf: [Int: [Pin]] = [:]
        for (v, pins) in carried {
            for (pin, s) in pins {
                onSession[s, default: []].insert(v)
                pinsOf[s, default: []].append(pin)
            }
        }
        var found: [String] = []
        for s in onSession.keys.sorted() where onSession[s]!.count > input.sessions[s].capacity {
            found.append(labels(pinsOf[s]!) + ": \(onSession[s]!.count) visitors pinned to session \(input.sessions[s].id), "
                + "which has \(input.sessions[s].capacity) places")
        }
        var onDay: [String: (visitors: Set<Int>, pins: [Pin], limit: Int)] = [:]
        for s in onSession.keys.sorted() {
            let session = input.sessions[s]
            guard let limit = input.host(of: session).maxVisitorsPerDay else { continue }
            let key = "\(session.hostID) on \(session.date)"
            var entry = onDay[key] ?? ([], [], limit)
            entry.visitors.formUnion(onSession[s]!)
            entry.pins += pinsOf[s]!
            onDay[key] = entry
        }
        for key in onDay.keys.sorted() where onDay[key]!.visitors.count > onDay[key]!.limit {
            let entry = onDay[key]!
            found.append(labels(entry.pins) + ": \(entry.visitors.count) visitors pinned to host \(key), "
                + "whose max_visitors_per_day is \(entry.limit)")
        }
        return found
    }

    /// Pins as people read them, each once, in file order.
    private func labels(_ pins: [Pin]) -> String {
        var seen = Set<Pin>()
        return pins.sorted { ($0.line ?? 0) < ($1.line ?? 0) }.filter { seen.insert($0).inserted }
            .map(\.label).joined(separator: ", ")
    }
}
