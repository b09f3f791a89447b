import Scheduling

extension PlanComparison {
    /// One plan of the comparison: the name the team gave it, the change it was made with (nil
    /// for the week as it is), the plan, and the input it was made from when the server kept it
    /// (otherwise the change applied to the comparison's base).
    public struct Entry: Sendable {
        /// Shown as the column's title, escaped.
        public let title: String
        public let variant: PlanVariant?
        public let plan: Plan
        public let input: PlanningInput?

        public init(title: String, variant: PlanVariant? = nil, plan: Plan, input: PlanningInput? = nil) {
            self.title = title
            self.variant = variant
            self.plan = plan
            self.input = input
        }
    }
}
