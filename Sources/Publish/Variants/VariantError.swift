import Scheduling

/// Why a variant cannot be applied to a week, said in the team's language by `message(in:)`.
public enum VariantError: Error, Hashable, Sendable {
    /// A number a variant gives.
    public enum Field: String, Hashable, Sendable {
        case maxVisits, capacity, minimum, dailyLimit
    }

    case unknownSession(String)
    case unknownHost(String)
    /// A new session's id already names a host or a session (or is blank).
    case idTaken(String)
    case tooSmall(Field, least: Int, found: Int)
    case minimumAboveCapacity(session: String, minimum: Int, capacity: Int)
    /// The objective is not a non-empty list of distinct stated tiers.
    case objective

    /// The message in `language` (French, Dutch, else English), as plain text: escape it in HTML.
    public func message(in language: Language) -> String {
        var context: [String: Any] = [:]
        let key: String
        switch self {
        case .unknownSession(let id): key = "vaErrorUnknownSession"; context["id"] = id
        case .unknownHost(let id): key = "vaErrorUnknownHost"; context["id"] = id
        case .idTaken(let id): key = "vaErrorIDTaken"; context["id"] = id
        case .tooSmall(let field, let least, let found):
            key = "vaErrorTooSmall"
            context = ["least": least, "found": found, "field\(field.rawValue.prefix(1).uppercased() + field.rawValue.dropFirst())": true]
        case .minimumAboveCapacity(let session, let minimum, let capacity):
            key = "vaErrorMinimumAboveCapacity"; context = ["id": session, "minimum": minimum, "capacity": capacity]
        case .objective: key = "vaErrorObjective"
        }
        return PageLibrary.of(OutputLanguage(language)).line(key, context)
    }
}
