/// A hosting structure (structure d'accueil, gastorganisatie) that opens its doors.
public struct Host: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    /// The organization it belongs to (its own name when not given); visitors never visit their own.
    public var organization: String
    public var sector: String?
    public var address: String?
    public var postcode: String?
    public var commune: String?
    public var coordinates: Coordinates?
    /// Languages in which visits are given, in the host's order of preference.
    public var languages: [Language]
    public var accessible: Bool
    public var contactName: String?
    public var contactEmail: String?
    public var contactPhone: String?
    public var description: String?
    /// Most visitors the host receives on one date, over all its sessions; nil for no cap.
    public var maxVisitorsPerDay: Int?

    public init(id: String, name: String, organization: String? = nil, sector: String? = nil,
                address: String? = nil, postcode: String? = nil, commune: String? = nil,
                coordinates: Coordinates? = nil, languages: [Language], accessible: Bool = false,
                contactName: String? = nil, contactEmail: String? = nil, contactPhone: String? = nil,
                description: String? = nil, maxVisitorsPerDay: Int? = nil) {
        self.id = id
        self.name = name
        self.organization = organization ?? name
        self.sector = sector
        self.address = address
        self.postcode = postcode
        self.commune = commune
        self.coordinates = coordinates
        self.languages = languages
        self.accessible = accessible
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.description = description
        self.maxVisitorsPerDay = maxVisitorsPerDay
    }

    /// The language of everything sent to the host: its first language.
    public var language: Language { languages.first ?? .french }
}
