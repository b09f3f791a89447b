/// One host: the places of its sessions that run against the people who ranked the host or one
/// of those sessions (each person counted once per host).
public struct HostDemand: Hashable, Sendable {
    public let hostID: String
    /// Its sessions that run.
    public let sessions: Int
    public var demand: Demand
    /// The places of its largest session that runs, capped by its daily limit: what one more slot adds.
    public let slotSize: Int

    public init(hostID: String, sessions: Int, demand: Demand, slotSize: Int) {
        self.hostID = hostID
        self.sessions = sessions
        self.demand = demand
        self.slotSize = slotSize
    }

    /// People one more slot would serve: one more session as large as its largest, on a date of
    /// its own (so within the daily limit), serves min(unmet eligible people, that size).
    public var oneMoreSlotServes: Int { min(demand.unmet, slotSize) }

    /// Whether more people who may go ranked it than it has places.
    public var isOversubscribed: Bool { demand.unmet > 0 }
}
