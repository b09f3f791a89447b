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

extension Publication {
    /// Whether `name`, a file of the folder of a person's page (`page`, as `visitorPagePath` or
    /// `hostPagePath` gives it), is one of that person's: the page, its calendar (`.ics`), a host's
    /// roster (`.csv`) and a host's sign-in sheets (`<token>-<session>.html`, see `SignInSheets`).
    public static func isPersonFile(_ name: String, page: String) -> Bool {
        guard let file = page.split(separator: "/").last, file.hasSuffix(".html") else { return false }
        let token = String(file.dropLast(".html".count))
        return [".html", ".ics", ".csv"].contains { name == token + $0 } || (name.hasPrefix(token + "-") && name.hasSuffix(".html"))
    }
}
