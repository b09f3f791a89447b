/// How a plan folder is published, as the team chose it (the command line's publishing options,
/// or the workspace's): nil keeps what the folder was published with last time.
public struct PublishSettings: Sendable {
    /// Whether ready `.eml` files are written too.
    public var eml: Bool?
    /// The secret behind the person pages' names.
    public var siteKey: String?
    /// The team pages' language code: fr, nl or en.
    public var teamLanguage: String?
    /// Where `site/` will be online.
    public var siteURL: String?

    public init(eml: Bool? = nil, siteKey: String? = nil, teamLanguage: String? = nil, siteURL: String? = nil) {
        self.eml = eml
        self.siteKey = siteKey
        self.teamLanguage = teamLanguage
        self.siteURL = siteURL
    }
}
