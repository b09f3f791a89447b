/// Who came during the week: for each expected visit (an assignment of the plan), whether the
/// visitor was there, as the team marked it on the sign-in sheets. Ids only, no names.
public struct Attendance: Sendable, Equatable {
    /// One expected visit and whether the visitor came.
    public struct Mark: Sendable, Hashable {
        public var visitorID: String
        public var sessionID: String
        public var present: Bool

        public init(visitorID: String, sessionID: String, present: Bool) {
            self.visitorID = visitorID
            self.sessionID = sessionID
            self.present = present
        }
    }

    /// The day the team recorded it (the date certificates are issued on).
    public var recordedOn: LocalDate
    /// Sorted by visitor, then session.
    public var marks: [Mark]

    public init(recordedOn: LocalDate, marks: [Mark]) {
        self.recordedOn = recordedOn
        self.marks = marks.sorted { ($0.visitorID, $0.sessionID) < ($1.visitorID, $1.sessionID) }
    }

    /// Whether `visitorID` came to `sessionID`: nil when that visit was not marked.
    public func came(_ visitorID: String, to sessionID: String) -> Bool? {
        marks.first { $0.visitorID == visitorID && $0.sessionID == sessionID }?.present
    }

    /// The sessions each visitor came to, by visitor id.
    public var presentSessions: [String: Set<String>] {
        var sessions: [String: Set<String>] = [:]
        for mark in marks where mark.present { sessions[mark.visitorID, default: []].insert(mark.sessionID) }
        return sessions
    }
}
