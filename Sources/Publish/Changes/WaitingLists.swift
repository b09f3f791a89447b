import Foundation
import Matching
import Scheduling

/// Who waits for a place. A session is full when it runs with every place taken; its waiting
/// list holds the people who ranked it, may go there (contract §2) and did not get it, best rank
/// for it first, then the earliest registration. A visitor is told what they wait for when they
/// have no place or not their first choice.
struct WaitingLists: Sendable {
    /// One person on a session's waiting list.
    struct Entry: Sendable, Equatable {
        let visitorID: String
        /// The rank the person gave the session.
        let rank: Int
    }

    /// The waiting list of every full session that has one, by session id.
    let bySession: [String: [Entry]]
    /// The full sessions each visitor waits for (session id and rank), best rank first, for the
    /// visitors who have no place or not their first choice.
    let byVisitor: [String: [(sessionID: String, rank: Int)]]
    /// The host and session ids each visitor ranked, best first, as the contract counts them.
    let choices: [String: [String]]

    /// The waiting lists of `plan`.
    init(plan: Plan, input: PlanningInput) {
        var fill: [String: Int] = [:], held: [String: [Assignment]] = [:]
        for a in plan.assignments {
            fill[a.sessionID, default: 0] += 1
            held[a.visitorID, default: []].append(a)
        }
        let full = Set(input.sessions.filter { !$0.cancelled && $0.capacity > 0 && (fill[$0.id] ?? 0) >= $0.capacity }.map(\.id))
        let eligibility = Eligibility(input)
        var lists: [String: [(entry: Entry, registered: Int?, position: Int)]] = [:]
        var waits: [String: [(sessionID: String, rank: Int)]] = [:]
        choices = Dictionary(input.visitors.map { ($0.id, eligibility.rankedChoices(ofVisitor: $0.id)) }, uniquingKeysWith: { a, _ in a })
        for (position, visitor) in input.visitors.enumerated() where !visitor.cancelled {
            let mine = held[visitor.id] ?? []
            let taken = Set(mine.map(\.sessionID))
            let waiting = eligibility.rankedEligibleSessions(ofVisitor: visitor.id)
                .filter { full.contains($0.sessionID) && !taken.contains($0.sessionID) }
            guard !waiting.isEmpty else { continue }
            let registered = visitor.registeredAt?.instant
            for w in waiting {
                lists[w.sessionID, default: []].append((Entry(visitorID: visitor.id, rank: w.rank), registered, position))
            }
            if !mine.contains(where: { $0.rank == 1 }) {
                waits[visitor.id] = waiting
            }
        }
        bySession = lists.mapValues { list in
            list.sorted { a, b in
                if a.entry.rank != b.entry.rank { return a.entry.rank < b.entry.rank }
                switch (a.registered, b.registered) {
                case let (x?, y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a.position < b.position
                }
            }.map(\.entry)
        }
        byVisitor = waits
    }
}
