import Scheduling

/// The UID and SEQUENCE of every calendar event of a publication, decided from what was
/// published before (`CalendarHistory`), so that calendars update themselves (RFC 5546):
/// - an event that stays keeps its UID; its SEQUENCE goes up by one when what it says changed
///   (time, place, host, or for a host who comes);
/// - a visit that moves to another session keeps the UID of the visit it replaces, with its
///   SEQUENCE up by one (a visitor's lost and new visits are paired in time order);
/// - a visit that is gone without a replacement is published as cancelled, same UID, SEQUENCE
///   up by one, and stays cancelled in every later publication;
/// - a new event gets the stable UID po-plan derives (`PersonCalendar.uid`) and SEQUENCE 0.
struct CalendarLedger: Sendable {
    /// A person's event for one session.
    struct Key: Hashable, Sendable {
        let person: String
        let sessionID: String
    }

    /// Every event, as it is published now: the new `calendar.json`.
    let history: CalendarHistory
    private let byKey: [Key: CalendarHistory.Event]
    private let cancelledByPerson: [String: [CalendarHistory.Event]]

    /// The ledger of `plan`. `previous` is the history of the plan folder people were told;
    /// without one, `previousAssignments` (a previous plan.json alone) stand for it, with the
    /// stable UIDs and SEQUENCE 0 that po-plan published then.
    init(previous: CalendarHistory?, previousAssignments: [Assignment]?, plan: Plan, input: PlanningInput) {
        var current: [Key: String] = [:]
        var attendees: [String: [String]] = [:]
        for a in plan.assignments {
            attendees[a.sessionID, default: []].append(a.visitorID)
            if let session = input.session(a.sessionID) {
                current[Key(person: CalendarHistory.visitor(a.visitorID), sessionID: a.sessionID)] = Self.digest(session, input: input)
            }
        }
        for session in input.sessions {
            current[Key(person: CalendarHistory.host(session.hostID), sessionID: session.id)] =
                Self.digest(session, input: input, attendees: attendees[session.id] ?? [])
        }
        let before = previous?.events ?? previousAssignments.map { Self.events(of: $0, input: input) } ?? []
        var old: [Key: CalendarHistory.Event] = [:]
        for e in before { old[Key(person: e.person, sessionID: e.sessionID)] = e }
        var used = Set(before.map(\.uid))
        var result: [Key: CalendarHistory.Event] = [:]

        // Visits gone from a person's calendar, in time order, ready to carry a new visit.
        var freed: [String: [CalendarHistory.Event]] = [:]
        for (key, e) in old where current[key] == nil && !e.cancelled { freed[key.person, default: []].append(e) }
        for person in freed.keys { freed[person]!.sort { Self.order($0, $1, input) } }
        let fresh = current.keys.filter { old[$0] == nil }
            .sorted { ($0.person, Self.time($0.sessionID, input), $0.sessionID) < ($1.person, Self.time($1.sessionID, input), $1.sessionID) }
        for key in fresh {
            let content = current[key]!
            if key.person.hasPrefix("visitor "), var moved = freed[key.person]?.first {
                freed[key.person]!.removeFirst()
                moved.sessionID = key.sessionID
                moved.sequence += 1
                moved.content = content
                result[key] = moved
            } else {
                var uid = PersonCalendar.uid(input.event.name, key.sessionID, Self.visitorID(key.person)), n = 1
                while used.contains(uid) {
                    n += 1
                    uid = PersonCalendar.uid(input.event.name, key.sessionID, (Self.visitorID(key.person) ?? "host") + "#\(n)")
                }
                used.insert(uid)
                result[key] = CalendarHistory.Event(person: key.person, sessionID: key.sessionID, uid: uid, sequence: 0,
                                                    content: content, cancelled: false)
            }
        }
        for (key, content) in current {
            guard var e = old[key] else { continue }
            if e.cancelled || (e.content != nil && e.content != content) { e.sequence += 1 }
            e.cancelled = false
            e.content = content
            result[key] = e
        }
        for e in freed.values.joined() {
            var gone = e
            gone.cancelled = true
            gone.sequence += 1
            result[Key(person: e.person, sessionID: e.sessionID)] = gone
        }
        for (key, e) in old where e.cancelled && current[key] == nil { result[key] = e }

        history = CalendarHistory(events: Array(result.values))
        byKey = result
        cancelledByPerson = Dictionary(grouping: history.events.filter(\.cancelled), by: \.person)
    }

    /// The UID and SEQUENCE of a visitor's visit (`visitorID`) or of a host's session (nil).
    func identity(visitorID: String?, hostID: String, sessionID: String) -> (uid: String, sequence: Int)? {
        let person = visitorID.map(CalendarHistory.visitor) ?? CalendarHistory.host(hostID)
        return byKey[Key(person: person, sessionID: sessionID)].map { ($0.uid, $0.sequence) }
    }

    /// A visitor's visits published as cancelled, in time order.
    func cancelled(visitorID: String, input: PlanningInput) -> [CalendarHistory.Event] {
        (cancelledByPerson[CalendarHistory.visitor(visitorID)] ?? []).sorted { Self.order($0, $1, input) }
    }

    /// The events po-plan published for a previous plan.json alone: stable UIDs, SEQUENCE 0,
    /// what each says taken from this input but with the previous plan's visitors.
    private static func events(of assignments: [Assignment], input: PlanningInput) -> [CalendarHistory.Event] {
        var attendees: [String: [String]] = [:]
        var events: [CalendarHistory.Event] = []
        for a in assignments {
            attendees[a.sessionID, default: []].append(a.visitorID)
            events.append(CalendarHistory.Event(
                person: CalendarHistory.visitor(a.visitorID), sessionID: a.sessionID,
                uid: PersonCalendar.uid(input.event.name, a.sessionID, a.visitorID), sequence: 0,
                content: input.session(a.sessionID).map { digest($0, input: input) }, cancelled: false))
        }
        for s in input.sessions {
            events.append(CalendarHistory.Event(
                person: CalendarHistory.host(s.hostID), sessionID: s.id, uid: PersonCalendar.uid(input.event.name, s.id, nil),
                sequence: 0, content: digest(s, input: input, attendees: attendees[s.id] ?? []), cancelled: false))
        }
        return events
    }

    /// What an event says, as a digest: the session's time, kind, title and host (name, address,
    /// contact, description), and for a host's event who comes.
    static func digest(_ session: Session, input: PlanningInput, attendees: [String]? = nil) -> String {
        let h = input.host(of: session)
        let parts: [String?] = [session.date.description, session.start.description, session.end.description,
                                session.kind.rawValue, session.title, h.name, h.organization, h.address, h.postcode,
                                h.commune, h.contactName, h.contactEmail, h.contactPhone, h.description,
                                attendees.map { $0.sorted().joined(separator: ",") }]
        return String(SHA256.hex(parts.map { $0 ?? "" }.joined(separator: "\u{1F}")).prefix(16))
    }

    /// The visitor id of a person key, nil for a host.
    private static func visitorID(_ person: String) -> String? {
        person.hasPrefix("visitor ") ? String(person.dropFirst("visitor ".count)) : nil
    }

    /// A session's start, for ordering (sessions no longer in the input come last).
    private static func time(_ sessionID: String, _ input: PlanningInput) -> String {
        input.session(sessionID).map { "\($0.date)T\($0.start)" } ?? "~"
    }

    private static func order(_ a: CalendarHistory.Event, _ b: CalendarHistory.Event, _ input: PlanningInput) -> Bool {
        (time(a.sessionID, input), a.sessionID) < (time(b.sessionID, input), b.sessionID)
    }
}
