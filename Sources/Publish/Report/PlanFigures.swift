import Matching
import Scheduling

/// The figures of one plan that the report shows: coverage, choices obtained, fill, cancelled
/// sessions, sectors met and language bridges. Computed the same way for the optimal plan and
/// for the first-come-first-served one, so the two stand side by side.
struct PlanFigures {
    let plan: Plan
    /// Visitors with at least one session.
    let covered: Int
    /// `bestRank[r - 1]`: visitors whose best session is their r-th choice.
    let bestRank: [Int]
    /// Visitors whose only session is a suggestion.
    let suggestionOnly: Int
    let suggestions: Int
    let openSessions: Int
    let cancelledSessions: Int
    /// Assigned visitors per session id.
    let fill: [String: Int]
    let mix: Int
    /// French-speaking visitors at a Dutch-speaking host, and the other way round.
    let frenchToDutch: Int
    let dutchToFrench: Int
    /// Visits per (visitor sector, host sector), folded; an absent sector is "".
    let sectorVisits: [SectorPair: Int]
    /// Why each cancelled session does not run, by session id.
    let cancellations: [String: CancellationCause]

    /// A visitor's sector and a host's sector, folded.
    struct SectorPair: Hashable {
        let visitor: String
        let host: String
    }

    init(_ plan: Plan, input: PlanningInput) {
        self.plan = plan
        var best: [String: Int?] = [:]
        var fill: [String: Int] = [:]
        var sectors: [SectorPair: Int] = [:]
        var french = 0, dutch = 0
        for a in plan.assignments {
            fill[a.sessionID, default: 0] += 1
            let previous = best[a.visitorID] ?? nil
            best[a.visitorID] = [previous, a.rank].compactMap { $0 }.min()
            guard let v = input.visitor(a.visitorID), let s = input.session(a.sessionID) else { continue }
            let host = input.host(of: s)
            sectors[SectorPair(visitor: Self.fold(v.sector), host: Self.fold(host.sector)), default: 0] += 1
            if v.language == .french && host.language == .dutch { french += 1 }
            if v.language == .dutch && host.language == .french { dutch += 1 }
        }
        covered = best.count
        let maxChoices = max(input.event.maxChoices, best.values.compactMap { $0 }.max() ?? 0)
        bestRank = (1...max(1, maxChoices)).map { r in best.values.filter { $0 == r }.count }
        suggestionOnly = best.values.filter { $0 == nil }.count
        suggestions = plan.assignments.filter { $0.rank == nil }.count
        openSessions = plan.sessions.filter { $0.status == .open }.count
        cancelledSessions = plan.sessions.count - openSessions
        self.fill = fill
        mix = ObjectiveValues.value(of: .mix, assignments: plan.assignments, input: input)
        frenchToDutch = french
        dutchToFrench = dutch
        sectorVisits = sectors
        cancellations = CancellationCause.causes(in: plan, input: input)
    }

    /// Visitors who got their first choice.
    var firstChoice: Int { bestRank.first ?? 0 }

    /// Places taken in the sessions `ids`.
    func taken(_ ids: [String]) -> Int { ids.reduce(0) { $0 + (fill[$1] ?? 0) } }

    /// A sector as the report groups it: folded, "" when absent.
    static func fold(_ sector: String?) -> String { FoldedText(sector ?? "").value }
}
