/// Wheelchair access: the visitors who need it against the places of accessible hosts.
public struct AccessDemand: Hashable, Sendable {
    /// Visitors (who did not withdraw) with `needs_access`.
    public var visitors: Int
    /// The most visits they may get: Σ max_visits.
    public var visitsWanted: Int
    /// Places in sessions that run at accessible hosts.
    public var accessiblePlaces: Int
    /// Visitors needing access none of whose ranked sessions is at an accessible host: only a
    /// suggestion (or a pin) can serve them.
    public var withoutAccessibleChoice: Int

    public init(visitors: Int = 0, visitsWanted: Int = 0, accessiblePlaces: Int = 0, withoutAccessibleChoice: Int = 0) {
        self.visitors = visitors
        self.visitsWanted = visitsWanted
        self.accessiblePlaces = accessiblePlaces
        self.withoutAccessibleChoice = withoutAccessibleChoice
    }
}
