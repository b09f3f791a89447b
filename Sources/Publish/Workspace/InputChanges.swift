import Scheduling

/// What changed in the week's files since a plan was made from them, as the team reads it on the
/// workspace's changes page: visitors who withdrew, came back, registered or are gone; sessions
/// called off, opened again, resized, added or gone; the number of pins. One line each, ids and
/// names only (the page is the team's).
public enum InputChanges {
    /// The lines from `old` (the input kept in the sent plan) to `new` (the files now), in `language`.
    public static func lines(from old: PlanningInput, to new: PlanningInput, language: String) -> [String] {
        let library = PageLibrary.of(OutputLanguage(rawValue: language) ?? .english)
        let say = { (key: String, context: [String: Any]) in library.line(key, context) }
        var lines: [String] = []
        for visitor in new.visitors {
            let keys: [String: Any] = ["id": visitor.id, "name": visitor.fullName]
            guard let before = old.visitor(visitor.id) else {
                lines.append(say("wsDiffRegistered", keys))
                continue
            }
            if visitor.cancelled != before.cancelled { lines.append(say(visitor.cancelled ? "wsDiffWithdrew" : "wsDiffBack", keys)) }
        }
        for visitor in old.visitors where new.visitor(visitor.id) == nil {
            lines.append(say("wsDiffGone", ["id": visitor.id, "name": visitor.fullName]))
        }
        for session in new.sessions {
            let keys: [String: Any] = ["id": session.id, "host": new.host(of: session).name]
            guard let before = old.session(session.id) else {
                lines.append(say("wsDiffSessionAdded", keys))
                continue
            }
            if session.cancelled != before.cancelled { lines.append(say(session.cancelled ? "wsDiffCalledOff" : "wsDiffReopened", keys)) }
            if session.capacity != before.capacity {
                lines.append(say("wsDiffCapacity", keys.merging(["before": before.capacity, "after": session.capacity]) { a, _ in a }))
            }
        }
        for session in old.sessions where new.session(session.id) == nil {
            lines.append(say("wsDiffGone", ["id": session.id, "name": old.host(of: session).name]))
        }
        let pin = { (p: Pin) in "\(p.visitorID)\u{0}\(p.target.id)\u{0}\(p.assigns)" }
        if Set(old.pins.map(pin)) != Set(new.pins.map(pin)) {
            lines.append(say("wsDiffPins", ["before": old.pins.count, "after": new.pins.count]))
        }
        return lines
    }
}
