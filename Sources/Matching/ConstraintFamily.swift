/// The hard constraints of the contract (§3), one family each; the model builds its rows from
/// these families and the plan validator checks a plan against the same definitions.
public enum ConstraintFamily: String, CaseIterable, Hashable, Sendable {
    /// Only eligible pairs are assigned (§2), withdrawn people and called-off sessions never.
    case eligibility
    /// Σ_v x(v,s) ≤ capacity(s).
    case capacity
    /// A session gets either nobody or at least min_visitors.
    case minimum
    /// Σ_s x(v,s) ≤ max_visits(v).
    case perVisitor
    /// A visitor gets at most one session of each host.
    case hostOnce
    /// A visitor never gets two conflicting sessions (same date, gap shorter than the travel time).
    case conflict
    /// At most one unranked, unpinned session, and only when the visitor gets no other one.
    case suggestion
    /// Every `yes` pin of the team is assigned.
    case pin
    /// People of one group get exactly the same sessions.
    case group
    /// A host receives at most max_visitors_per_day visitors on one date.
    case hostPerDay
}
