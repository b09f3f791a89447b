/// A time slot that a host opens to visitors.
public struct Session: Hashable, Sendable, Identifiable {
    public var id: String
    public var hostID: String
    public var kind: Kind
    /// The day and the hours of the session.
    public var slot: TimeWindow
    /// Most visitors.
    public var capacity: Int
    /// The session runs only with at least this many visitors; otherwise it is cancelled.
    public var minVisitors: Int
    /// Languages of this session (the host's when the input leaves them out).
    public var languages: [Language]
    public var title: String?
    /// The host called it off: it gets nobody, and is listed cancelled.
    public var cancelled: Bool

    /// What kind of visit a session is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A Portes Ouvertes visit: a group shown around for an hour or two.
        case visit
        /// A kijkstage: one or two people spend a half day or a day inside the service.
        case immersion
    }

    public init(id: String, hostID: String, kind: Kind = .visit, slot: TimeWindow, capacity: Int,
                minVisitors: Int = 1, languages: [Language], title: String? = nil, cancelled: Bool = false) {
        self.id = id
        self.hostID = hostID
        self.kind = kind
        self.slot = slot
        self.capacity = capacity
        self.minVisitors = minVisitors
        self.languages = languages
        self.title = title
        self.cancelled = cancelled
    }

    public var date: LocalDate { slot.date }
    public var start: TimeOfDay { slot.start }
    public var end: TimeOfDay { slot.end }
}
