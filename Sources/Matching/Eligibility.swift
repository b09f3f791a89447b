import Dispatch
import Scheduling

/// Who may be assigned where (contract §2), with the reason when a pair is ruled out.
public struct Eligibility: Sendable {
    public let input: PlanningInput
    let rankLists: [RankList]
    private let visitorLanguages: [Set<Language>]
    private let visitorOrganizations: [FoldedText?]
    private let hostOrganizations: [FoldedText]
    /// Folded sectors, nil when not given: the mix tier compares them.
    private let visitorSectors: [FoldedText?], hostSectors: [FoldedText?]
    /// The position of each session's host.
    let hostOfSession: [Int]
    /// Positions of the sessions each entry of a rank list can name: a session, or a host's sessions.
    private let sessionsByID: [String: [Int]]
    /// The team's decisions by (visitor, session) positions: true for a yes pin, false for a no pin
    /// (a no pin on a host names each of its sessions).
    let pinned: [Int: [Int: Bool]]
    /// The members of each group of two or more people who did not withdraw, by position.
    let groups: [[Int]]

    public init(_ input: PlanningInput) {
        self.input = input
        rankLists = input.visitors.map { RankList($0, maxChoices: input.event.maxChoices) }
        visitorLanguages = input.visitors.map { Set($0.languages) }
        // Organizations and sectors repeat: each text is folded once (a region has 7,200 of them).
        var folds: [String: FoldedText] = [:]
        func fold(_ text: String) -> FoldedText {
            if let known = folds[text] { return known }
            let folded = FoldedText(text)
            folds[text] = folded
            return folded
        }
        visitorOrganizations = input.visitors.map { Self.folded($0.organization, by: fold) }
        hostOrganizations = input.hosts.map { fold($0.organization) }
        visitorSectors = input.visitors.map { Self.folded($0.sector, by: fold) }
        hostSectors = input.hosts.map { Self.folded($0.sector, by: fold) }
        hostOfSession = input.sessions.map { input.hostPosition($0.hostID)! }
        var byID: [String: [Int]] = [:]
        for (s, session) in input.sessions.enumerated() {
            byID[session.hostID, default: []].append(s)
            byID[session.id, default: []].append(s)
        }
        sessionsByID = byID
        var decided: [Int: [Int: Bool]] = [:]
        for pin in input.pins {
            guard let v = input.visitorPosition(pin.visitorID) else { continue }
            let sessions: [Int]
            switch pin.target {
            case .session(let id): sessions = input.sessionPosition(id).map { [$0] } ?? []
            case .host(let id): sessions = input.sessions.indices.filter { input.sessions[$0].hostID == id }
            }
            for s in sessions where decided[v]?[s] != false { decided[v, default: [:]][s] = pin.assigns }
        }
        pinned = decided
        var members: [String: [Int]] = [:]
        for (v, visitor) in input.visitors.enumerated() where !visitor.cancelled {
            guard let group = visitor.group?.trimmingSpaces(), !group.isEmpty else { continue }
            members[group, default: []].append(v)
        }
        groups = members.keys.sorted().compactMap { members[$0]!.count > 1 ? members[$0] : nil }
    }

    /// Whether the team pinned visitor `v` to session `s` (a yes pin).
    func isPinned(visitor v: Int, session s: Int) -> Bool { pinned[v]?[s] == true }

    /// Rule 0: neither is cancelled, and no `no` pin names the pair.
    func isOpen(visitor v: Int, session s: Int) -> Bool {
        !input.visitors[v].cancelled && !input.sessions[s].cancelled && pinned[v]?[s] != false
    }

    /// The rank visitor `v` gives session `s` (positions in the input), nil when unranked.
    func rank(visitor v: Int, session s: Int) -> Int? {
        rankLists[v].rank(of: input.sessions[s])
    }

    /// The rules 2–5 of eligibility that the pair breaks; empty when none.
    func obstacles(visitor v: Int, session s: Int) -> [Ineligibility] {
        VisitorRules(self, visitor: v).obstacles(s)
    }

    /// Rules 2–5 seen from one visitor, their side read once for every session they are checked against.
    struct VisitorRules {
        let eligibility: Eligibility
        let v: Int
        let available: [TimeWindow]
        let needsAccess: Bool

        init(_ eligibility: Eligibility, visitor v: Int) {
            self.eligibility = eligibility
            self.v = v
            available = eligibility.input.visitors[v].available
            needsAccess = eligibility.input.visitors[v].needsAccess
        }

        /// 2. s lies entirely inside the union of v's windows (no windows: always available).
        func isAvailable(_ s: Int) -> Bool {
            available.isEmpty || eligibility.input.sessions[s].slot.isCovered(by: available)
        }

        /// 3. s's languages and v's languages share at least one language.
        func sharesLanguage(_ s: Int) -> Bool {
            eligibility.input.sessions[s].languages.contains(where: eligibility.visitorLanguages[v].contains)
        }

        /// 4. s's host's organization is not v's organization.
        func isOtherOrganization(_ s: Int) -> Bool {
            guard let own = eligibility.visitorOrganizations[v] else { return true }
            return own != eligibility.hostOrganizations[eligibility.hostOfSession[s]]
        }

        /// 5. if v needs access, s's host is accessible.
        func isAccessible(_ s: Int) -> Bool {
            !needsAccess || eligibility.input.hosts[eligibility.hostOfSession[s]].accessible
        }

        /// Whether the pair breaks none of rules 2–5.
        func allows(_ s: Int) -> Bool {
            isAvailable(s) && sharesLanguage(s) && isOtherOrganization(s) && isAccessible(s)
        }

        /// The rules 2–5 the pair breaks, in order.
        func obstacles(_ s: Int) -> [Ineligibility] {
            var found: [Ineligibility] = []
            if !isAvailable(s) { found.append(.notAvailable) }
            if !sharesLanguage(s) { found.append(.noCommonLanguage) }
            if !isOtherOrganization(s) { found.append(.ownOrganization) }
            if !isAccessible(s) { found.append(.notAccessible) }
            return found
        }
    }

    /// Whether the pair is eligible: rule 0, then a yes pin, or ranked or open to suggestions
    /// (rule 1), rules 2–5, and max_visits ≥ 1 (rule 6).
    func isEligible(visitor v: Int, session s: Int) -> Bool {
        guard isOpen(visitor: v, session: s), input.visitors[v].maxVisits >= 1 else { return false }
        if isPinned(visitor: v, session: s) { return true }
        guard rank(visitor: v, session: s) != nil || input.visitors[v].openToSuggestions else { return false }
        return obstacles(visitor: v, session: s).isEmpty
    }

    /// Whether visitor `v` at session `s` counts for the mix tier: both sectors given, and different.
    func mixes(visitor v: Int, session s: Int) -> Bool {
        Self.mixes(visitorSectors[v], hostSectors[hostOfSession[s]])
    }

    /// The mix rule on folded sectors: both given, and different.
    static func mixes(_ visitorSector: FoldedText?, _ hostSector: FoldedText?) -> Bool {
        guard let visitorSector, let hostSector else { return false }
        return visitorSector != hostSector
    }

    /// A text folded the contract's way (by `fold`), nil when absent or blank.
    static func folded(_ text: String?, by fold: (String) -> FoldedText = FoldedText.init) -> FoldedText? {
        text.map(fold).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every eligible pair, visitor by visitor, sessions in input order (`isEligible`, each visitor's
    /// side of the rules read once: a region holds about a million pairs, the stress profile 7.3
    /// million). Large inputs are read in slices of visitors on every core, joined in order.
    func pairs() -> [EligiblePair] {
        let count = input.visitors.count
        let slices = min(count / 250, 16)
        guard slices > 1 else { return pairs(of: input.visitors.indices) }
        let parts = UnsafeMutableBufferPointer<[EligiblePair]>.allocate(capacity: slices)
        parts.initialize(repeating: [])
        defer { parts.deinitialize(); parts.deallocate() }
        nonisolated(unsafe) let slots = parts
        DispatchQueue.concurrentPerform(iterations: slices) { k in
            slots[k] = pairs(of: (k * count / slices)..<((k + 1) * count / slices))
        }
        var result: [EligiblePair] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for k in 0..<slices {
            result.append(contentsOf: parts[k])
            parts[k] = []
        }
        return result
    }

    /// The eligible pairs of the visitors at `positions`, in that order.
    func pairs(of positions: some Sequence<Int>) -> [EligiblePair] {
        var result: [EligiblePair] = []
        for v in positions {
            let visitor = input.visitors[v]
            guard visitor.maxVisits >= 1 && !visitor.cancelled else { continue }
            let yes = Set((pinned[v] ?? [:]).compactMap { $0.value ? $0.key : nil })
            let ranked = Set(rankedSessions(of: v))
            let candidates = visitor.openToSuggestions ? Array(input.sessions.indices) : Array(ranked.union(yes)).sorted()
            let rules = VisitorRules(self, visitor: v)
            for s in candidates where isOpen(visitor: v, session: s) {
                let pin = yes.contains(s)
                guard pin || rules.allows(s) else { continue }
                result.append(EligiblePair(visitor: v, session: s, rank: ranked.contains(s) ? rank(visitor: v, session: s) : nil,
                                           pinned: pin))
            }
        }
        return result
    }

    /// Positions of the sessions that visitor `v` ranked, in input order.
    func rankedSessions(of v: Int) -> [Int] {
        Set(rankLists[v].entries.flatMap { sessionsByID[$0] ?? [] }).sorted()
    }
}

/// A (visitor, session) pair that may be assigned, by positions in the input.
///
/// Held in 12 bytes rather than 32: the stress profile has 7.3 million of them.
struct EligiblePair: Hashable, Sendable {
    private let v: Int32
    private let s: Int32
    /// The rank, 0 when unranked (ranks go up to max_choices, at most 20).
    private let r: UInt8
    /// Whether a yes pin of the team gives it.
    let pinned: Bool

    init(visitor: Int, session: Int, rank: Int?, pinned: Bool = false) {
        precondition(visitor >= 0 && visitor <= Int(Int32.max) && session >= 0 && session <= Int(Int32.max),
                     "positions in the input")
        precondition((rank ?? 1) >= 1 && (rank ?? 1) <= Int(UInt8.max), "a rank from 1 to 255")
        v = Int32(visitor)
        s = Int32(session)
        r = UInt8(rank ?? 0)
        self.pinned = pinned
    }

    var visitor: Int { Int(v) }
    var session: Int { Int(s) }
    /// The visitor's rank for the session; nil when unranked.
    var rank: Int? { r == 0 ? nil : Int(r) }

    /// Whether the pair is a suggestion: neither ranked nor pinned.
    var isSuggestion: Bool { rank == nil && !pinned }
}
