import Scheduling

/// The plan as `plan.json`, exactly as the contract's section 5 lays it out.
public enum PlanJSON {
    /// The plan as JSON text; reasons are in English and name ids only, as the hosts are not at hand.
    public static func render(_ plan: Plan, event: Event) -> String {
        document(plan, event: event) { ReasonText.text($0, in: .english) }.document()
    }

    /// The plan as JSON text; reasons are `ReasonText` in English, naming the hosts of `input`.
    public static func render(_ plan: Plan, input: PlanningInput) -> String {
        document(plan, event: input.event) { ReasonText.text($0, in: .english, input: input) }.document()
    }

    private static func document(_ plan: Plan, event: Event, reason: (UnassignedReason) -> String) -> JSONValue {
        var eventMembers: [(key: String, value: JSONValue)] = [("name", .string(event.name))]
        if let bassin = event.bassin, !bassin.trimmingSpaces().isEmpty {
            eventMembers.append(("bassin", .string(bassin)))
        }
        var members: [(key: String, value: JSONValue)] = [
            ("event", .object(eventMembers)),
            ("status", .string(plan.status.rawValue)),
            ("objective", .array(plan.objective.map { tier in
                .object([("name", .string(tier.tier.rawValue)), ("value", .int(tier.value)),
                         ("bound", .int(tier.bound))])
            })),
            ("assignments", .array(plan.assignments.map { a in
                .object([("visitor_id", .string(a.visitorID)), ("session_id", .string(a.sessionID)),
                         ("rank", .int(a.rank))])
            })),
            ("sessions", .array(plan.sessions.map { s in
                .object([("session_id", .string(s.sessionID)), ("assigned", .int(s.assigned)),
                         ("status", .string(s.status.rawValue))])
            })),
            ("unassigned", .array(plan.unassigned.map { u in
                .object([("visitor_id", .string(u.visitorID)), ("reason", .string(reason(u.reason)))])
            })),
        ]
        if let previous = plan.previous {
            // Contract §6: the previous plan as given, and what changed for each visitor.
            members.append(("previous", .string(previous)))
            members.append(("changes", .array(plan.changes.map { c in
                .object([("visitor_id", .string(c.visitorID)), ("added", .array(c.added.map(JSONValue.string))),
                         ("removed", .array(c.removed.map(JSONValue.string)))])
            })))
        }
        if !plan.problems.isEmpty {
            members.append(("problems", .array(plan.problems.map(JSONValue.string))))
        }
        return .object(members)
    }
}
