/// What changed for one visitor between the plan people were told and a re-plan (contract §6).
public struct PlanChange: Hashable, Sendable {
    public var visitorID: String
    /// Sessions the visitor gains, sorted by id.
    public var added: [String]
    /// Sessions the visitor loses, sorted by id.
    public var removed: [String]

    public init(visitorID: String, added: [String], removed: [String]) {
        self.visitorID = visitorID
        self.added = added
        self.removed = removed
    }

    /// One change per visitor of `visitors` whose sessions differ between `previous` and `current`,
    /// sorted by visitor id; a visitor with no change has none.
    public static func between(previous: [Assignment], current: [Assignment], visitors: [Visitor]) -> [PlanChange] {
        let before = Dictionary(grouping: previous, by: \.visitorID).mapValues { Set($0.map(\.sessionID)) }
        let after = Dictionary(grouping: current, by: \.visitorID).mapValues { Set($0.map(\.sessionID)) }
        return visitors.map(\.id).sorted().compactMap { id in
            let old = before[id] ?? [], new = after[id] ?? []
            guard old != new else { return nil }
            return PlanChange(visitorID: id, added: new.subtracting(old).sorted(), removed: old.subtracting(new).sorted())
        }
    }
}
