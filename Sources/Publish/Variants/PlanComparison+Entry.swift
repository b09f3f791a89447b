import Scheduling

extension PlanComparison {
    /// One plan of the comparison: the name the team gave it, the change it was made with (nil
    /// for the week as it is), and the plan.
    public struct Entry: Sendable {
        /// Shown as the column's title, escaped.
        public let title: String
        public let variant: PlanVariant?
        public let plan: Plan

        public init(title: String, variant: PlanVariant? = nil, plan: Plan) {
            self.title = title
            self.variant = variant
            self.plan = plan
        }
    }
}
