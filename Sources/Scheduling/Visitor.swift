/// A professional who registered to visit, with ranked choices and constraints.
public struct Visitor: Hashable, Sendable, Identifiable {
    public var id: String
    public var firstName: String
    public var lastName: String
    public var email: String
    public var phone: String?
    public var role: String?
    /// The visitor's employer; hosts of the same organization are never proposed.
    public var organization: String?
    public var sector: String?
    /// The language of everything sent to this person.
    public var language: Language
    /// Languages the person can follow a visit in.
    public var languages: [Language]
    public var maxVisits: Int
    /// Ranked host or session ids, best first, as given (duplicates and extras included).
    public var choices: [String]
    /// Windows of availability; empty means always available.
    public var available: [TimeWindow]
    public var needsAccess: Bool
    public var openToSuggestions: Bool
    /// When the person registered, for the first-come-first-served comparison only.
    public var registeredAt: RegistrationTime?
    /// The person withdrew: they get nothing, and stay in the input so that they can be told.
    public var cancelled: Bool
    /// People with the same group go together: they get exactly the same sessions.
    public var group: String?
    /// Served first when the objective has the `priority` tier.
    public var priority: Bool

    public init(id: String, firstName: String, lastName: String, email: String, phone: String? = nil,
                role: String? = nil, organization: String? = nil, sector: String? = nil,
                language: Language? = nil, languages: [Language], maxVisits: Int, choices: [String] = [],
                available: [TimeWindow] = [], needsAccess: Bool = false, openToSuggestions: Bool = false,
                registeredAt: RegistrationTime? = nil, cancelled: Bool = false, group: String? = nil, priority: Bool = false) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.role = role
        self.organization = organization
        self.sector = sector
        self.language = language ?? languages.first ?? .french
        self.languages = languages
        self.maxVisits = maxVisits
        self.choices = choices
        self.available = available
        self.needsAccess = needsAccess
        self.openToSuggestions = openToSuggestions
        self.registeredAt = registeredAt
        self.cancelled = cancelled
        self.group = group
        self.priority = priority
    }

    public var fullName: String { "\(firstName) \(lastName)" }
}
