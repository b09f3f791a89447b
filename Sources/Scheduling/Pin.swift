/// A decision of the coordination team about one visitor: this session, never this session, or
/// never this host (pins.csv).
public struct Pin: Hashable, Sendable {
    /// What a pin names: one session, or every session of a host.
    public enum Target: Hashable, Sendable {
        case session(String)
        case host(String)

        /// The session or host id.
        public var id: String {
            switch self {
            case .session(let id), .host(let id): return id
            }
        }
    }

    public var visitorID: String
    public var target: Target
    /// `yes`: the visitor gets the session; `no`: never this session (or host).
    public var assigns: Bool
    /// Why, for the team.
    public var note: String?
    /// The line of pins.csv the pin was read from, to name it in messages.
    public var line: Int?

    public init(visitorID: String, target: Target, assigns: Bool, note: String? = nil, line: Int? = nil) {
        self.visitorID = visitorID
        self.target = target
        self.assigns = assigns
        self.note = note
        self.line = line
    }

    /// The pin as a person reads it: `V0022 → S0011 (yes, pins.csv line 2)`.
    public var label: String {
        "\(visitorID) \(assigns ? "→" : "↛") \(target.id) (\(assigns ? "yes" : "no")"
            + (line.map { ", pins.csv line \($0)" } ?? "") + ")"
    }
}

/// The plan people were told, which a re-plan changes as little as possible (contract §6).
public struct PreviousPlan: Hashable, Sendable {
    /// The previous plan's folder as the team gave it.
    public var path: String
    /// Its assignments; those whose ids still resolve are the ones the `keep` tier counts.
    public var assignments: [Assignment]

    public init(path: String, assignments: [Assignment]) {
        self.path = path
        self.assignments = assignments
    }
}
