import Scheduling

/// Where a publication puts a person's page, for who looks one up by id (the workspace): the same
/// unguessable name as the files `Publication` writes.
extension Publication {
    /// The path of a visitor's page in a plan folder.
    public static func visitorPagePath(_ visitorID: String, key: SiteKey) -> String {
        "site/visitors/" + key.token("visitor", visitorID) + ".html"
    }

    /// The path of a host's page in a plan folder.
    public static func hostPagePath(_ hostID: String, key: SiteKey) -> String {
        "site/hosts/" + key.token("host", hostID) + ".html"
    }
}
