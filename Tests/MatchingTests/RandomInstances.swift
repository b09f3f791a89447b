@testable import Matching
import Scheduling

/// Small random instances from a seed, for property tests.
enum RandomInstances {
    /// An instance with a few hosts, sessions and visitors, every rule of the contract in play.
    static func make(seed: UInt64, hosts: Int = 4, sessions: Int = 6, visitors: Int = 5) -> PlanningInput {
        var rng = SeededGenerator(seed: seed)
        return builder(&rng, hosts: hosts, sessions: sessions, visitors: visitors).input
    }

    /// An instance with the team's decisions and the week's changes too: a withdrawal, a called-off
    /// session, pins yes and no, a group, priority visitors, a host's daily limit and, every other
    /// seed, a previous plan to keep. Pins follow the contract's input rules (none on a cancelled row).
    static func withDecisions(seed: UInt64, hosts: Int = 4, sessions: Int = 6, visitors: Int = 5) -> PlanningInput {
        var rng = SeededGenerator(seed: seed &+ 1000)
        var b = builder(&rng, hosts: hosts, sessions: sessions, visitors: visitors)
        if Bool.random(using: &rng) { b.event = Event(name: b.event.name, maxChoices: b.event.maxChoices) }
        let v = { (i: Int) in b.visitors[i].id }
        b.visitors[Int.random(in: 0..<visitors, using: &rng)].cancelled = Int.random(in: 0...2, using: &rng) == 0
        b.sessions[Int.random(in: 0..<sessions, using: &rng)].cancelled = Int.random(in: 0...2, using: &rng) == 0
        for i in 0..<visitors where Int.random(in: 0...3, using: &rng) == 0 { b.visitors[i].priority = true }
        let a = Int.random(in: 0..<visitors, using: &rng), c = Int.random(in: 0..<visitors, using: &rng)
        if a != c && Bool.random(using: &rng) { b.visitors[a].group = "G"; b.visitors[c].group = "G" }
        b.hosts[Int.random(in: 0..<hosts, using: &rng)].maxVisitorsPerDay = Int.random(in: 1...2, using: &rng)
        let x = Int.random(in: 0..<visitors, using: &rng), s = b.sessions.randomElement(using: &rng)!
        if Bool.random(using: &rng), !b.visitors[x].cancelled, b.visitors[x].maxVisits > 0, !s.cancelled {
            b.pin(v(x), session: s.id, true)
        }
        let y = Int.random(in: 0..<visitors, using: &rng)
        if Bool.random(using: &rng) {
            let h = b.hosts.randomElement(using: &rng)!.id
            if !b.pins.contains(where: { $0.visitorID == v(y) }) { b.pin(v(y), host: h, false) }
        } else if !b.pins.contains(where: { $0.visitorID == v(y) && $0.target == .session(b.sessions[0].id) }) {
            b.pin(v(y), session: b.sessions[0].id, false)
        }
        if seed % 2 == 0 {
            let told = (0..<visitors).flatMap { i in
                b.sessions.indices.filter { _ in Int.random(in: 0...4, using: &rng) == 0 }.map { "\(v(i)) \(b.sessions[$0].id)" }
            }
            b.told(told)
        }
        return b.input
    }

    private static func builder(_ rng: inout SeededGenerator, hosts: Int, sessions: Int, visitors: Int) -> InstanceBuilder {
        var b = InstanceBuilder()
        b.event.maxChoices = Int.random(in: 2...4, using: &rng)
        b.event.objective = [[.coverage, .preference, .mix], [.coverage, .mix, .preference], [.preference, .coverage]][Int.random(in: 0..<3, using: &rng)]
        let sectors = ["CPAS", "CAW", "maison médicale", nil]
        let languageSets: [[Language]] = [["fr"], ["nl"], ["fr", "nl"]]
        for h in 0..<hosts {
            b.host("H\(h)", languages: languageSets.randomElement(using: &rng)!,
                   organization: "Org \(h % 3)", sector: sectors.randomElement(using: &rng)!,
                   at: Bool.random(using: &rng) ? (50.83 + Double(h) * 0.01, 4.36 + Double(h) * 0.012) : nil,
                   accessible: Bool.random(using: &rng))
        }
        let days = ["2025-11-04", "2025-11-05"].map { LocalDate(iso: $0)! }
        for s in 0..<sessions {
            let start = Int.random(in: 8...15, using: &rng) * 60 + [0, 30][Int.random(in: 0...1, using: &rng)]
            let length = [60, 90, 120, 210][Int.random(in: 0...3, using: &rng)]
            let capacity = Int.random(in: 1...3, using: &rng)
            b.session("S\(s)", host: "H\(Int.random(in: 0..<hosts, using: &rng))",
                      TimeOfDay(minutes: start)!.description, TimeOfDay(minutes: start + length)!.description,
                      date: days.randomElement(using: &rng)!, capacity: capacity,
                      minVisitors: Int.random(in: 0...4, using: &rng) == 0 ? 2 : 1)
        }
        let ids = (0..<hosts).map { "H\($0)" } + (0..<sessions).map { "S\($0)" }
        for v in 0..<visitors {
            let choices = (0..<Int.random(in: 0...4, using: &rng)).map { _ in ids.randomElement(using: &rng)! }
            let windows: [String] = Bool.random(using: &rng) ? [] : [["2025-11-04"], ["2025-11-05 am"], ["2025-11-04 pm", "2025-11-05"]][Int.random(in: 0...2, using: &rng)]
            b.visitor("V\(v)", choices: choices, languages: languageSets.randomElement(using: &rng)!,
                      maxVisits: Int.random(in: 0...3, using: &rng) == 0 ? 0 : Int.random(in: 1...2, using: &rng),
                      organization: Int.random(in: 0...3, using: &rng) == 0 ? "org \(v % 3)" : nil,
                      sector: sectors.randomElement(using: &rng)!, available: windows,
                      needsAccess: Int.random(in: 0...5, using: &rng) == 0, open: Bool.random(using: &rng))
        }
        return b
    }
}

/// The lexicographic optimum by enumerating every plan: slow, obviously right, for tiny instances.
enum BruteForce {
    /// The tiers' values at the lexicographic optimum; nil when no plan keeps every rule (pins).
    static func optimum(_ input: PlanningInput) -> [Int]? {
        let validator = PlanValidator(input)
        let eligibility = Eligibility(input)
        let pairs = eligibility.pairs()
        // Every set of pairs one visitor may hold on their own (rules that concern one visitor).
        let perVisitor: [[[EligiblePair]]] = input.visitors.indices.map { v in
            let mine = pairs.filter { $0.visitor == v }
            var options: [[EligiblePair]] = [[]]
            for mask in 1..<(1 << mine.count) {
                let subset = mine.indices.filter { mask & (1 << $0) != 0 }.map { mine[$0] }
                let plan = makePlan(subset, input)
                let local = validator.violations(of: plan).filter { [.perVisitor, .hostOnce, .conflict, .suggestion].contains($0.family) }
                if local.isEmpty { options.append(subset) }
            }
            return options
        }
        var best: [Int]? = nil
        func walk(_ v: Int, _ chosen: [EligiblePair]) {
            if v == perVisitor.count {
                let plan = makePlan(chosen, input)
                guard validator.violations(of: plan).isEmpty else { return }
                let values = input.tiers.map { ObjectiveValues.value(of: $0, assignments: plan.assignments, input: input) }
                if best == nil || values.lexicographicallyPrecedes(best!) == false && values != best! { best = values }
                return
            }
            for option in perVisitor[v] { walk(v + 1, chosen + option) }
        }
        walk(0, [])
        return best
    }

    private static func makePlan(_ pairs: [EligiblePair], _ input: PlanningInput) -> Plan {
        let assignments = pairs.map { Assignment(visitorID: input.visitors[$0.visitor].id, sessionID: input.sessions[$0.session].id, rank: $0.rank) }
        return Plan(status: .optimal, objective: [], assignments: assignments, sessions: [], unassigned: [])
    }
}
