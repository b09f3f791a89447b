import Scheduling

/// One session that runs (not called off) with its places and the people who ranked it.
public struct SessionDemand: Hashable, Sendable {
    public let sessionID: String
    public let hostID: String
    public let slot: TimeWindow
    public var demand: Demand

    public init(sessionID: String, hostID: String, slot: TimeWindow, demand: Demand) {
        self.sessionID = sessionID
        self.hostID = hostID
        self.slot = slot
        self.demand = demand
    }

    /// Whether no visitor ranked the session (nor its host).
    public var nobodyChose: Bool { demand.anyRank == 0 }
}
