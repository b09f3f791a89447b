/// A JSON value whose objects keep their keys in the order they were given.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Members in output order; keys are expected to be unique.
    case object([(key: String, value: JSONValue)])

    /// A string, or null when there is none.
    static func string(_ value: String?) -> JSONValue {
        if let value { return .string(value) }
        return .null
    }

    /// An integer, or null when there is none.
    static func int(_ value: Int?) -> JSONValue {
        if let value { return .int(value) }
        return .null
    }

    /// Whether the value holds no array or object, so a container of such values fits on one line.
    var isScalar: Bool {
        switch self {
        case .null, .bool, .int, .string: return true
        case .array, .object: return false
        }
    }
}
