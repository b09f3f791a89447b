/// Where a section's element stands in its list: what `first()`, `last()` and the like read.
struct ListPosition: Sendable {
    /// What a template may ask of the position.
    enum Property: String, Sendable {
        case first, last, index, even, odd
    }

    let index: Int
    let count: Int

    /// The value of `property` here.
    func value(_ property: Property) -> TemplateData {
        switch property {
        case .first: return .flag(index == 0)
        case .last: return .flag(index == count - 1)
        case .index: return .number(index)
        case .even: return .flag(index & 1 == 0)
        case .odd: return .flag(index & 1 == 1)
        }
    }
}
