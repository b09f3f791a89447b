import Foundation

/// `calendar.json`, kept in the plan folder: the UID and SEQUENCE of every calendar event that
/// was published, so that the next re-plan (or `publish`) sends updates calendars apply to the
/// events already imported (RFC 5546: same UID, higher SEQUENCE) and cancellations with the
/// same UID. It holds ids only: people appear as `visitor <id>` or `host <id>`.
public struct CalendarHistory: Sendable, Equatable {
    /// One event of one person's calendar.
    public struct Event: Sendable, Equatable {
        /// `visitor <id>` or `host <id>`.
        public var person: String
        public var sessionID: String
        public var uid: String
        public var sequence: Int
        /// A digest of what the event says (time, place, host, who comes); nil when not known.
        public var content: String?
        /// The event was published as cancelled.
        public var cancelled: Bool

        public init(person: String, sessionID: String, uid: String, sequence: Int, content: String?, cancelled: Bool) {
            self.person = person
            self.sessionID = sessionID
            self.uid = uid
            self.sequence = sequence
            self.content = content
            self.cancelled = cancelled
        }
    }

    /// Sorted by person, then session id.
    public var events: [Event]

    public init(events: [Event]) {
        self.events = events.sorted { ($0.person, $0.sessionID) < ($1.person, $1.sessionID) }
    }

    /// The person key of a visitor or a host.
    static func visitor(_ id: String) -> String { "visitor " + id }
    static func host(_ id: String) -> String { "host " + id }

    /// The history as JSON text.
    public var json: String {
        JSONValue.object([
            ("events", .array(events.map { e in
                .object([("person", .string(e.person)), ("session_id", .string(e.sessionID)), ("uid", .string(e.uid)),
                         ("sequence", .int(e.sequence)), ("content", .string(e.content)), ("cancelled", .bool(e.cancelled))])
            })),
        ]).document()
    }

    /// Reads a history; nil when the data is not one (it is then ignored, as if absent).
    public init?(json data: Data) {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = root["events"] as? [[String: Any]] else { return nil }
        var events: [Event] = []
        for item in items {
            guard let person = item["person"] as? String, let session = item["session_id"] as? String,
                  let uid = item["uid"] as? String, let sequence = item["sequence"] as? Int, sequence >= 0 else { return nil }
            events.append(Event(person: person, sessionID: session, uid: uid, sequence: sequence,
                                content: item["content"] as? String, cancelled: item["cancelled"] as? Bool ?? false))
        }
        self.init(events: events)
    }
}
