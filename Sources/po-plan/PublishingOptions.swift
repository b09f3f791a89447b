import ArgumentParser
import PlanFolders
import Publish

/// The options of what is published, shared by `plan` and `publish`.
struct PublishingOptions: ParsableArguments {
    @Flag(name: .long, inversion: .prefixedNo,
          help: "Also write ready .eml files (calendar attached) into mails/eml/ (publish: default as last time).")
    var eml: Bool?

    @Option(name: .long, help: ArgumentHelp(
        "Secret behind the unguessable file names of person pages (16 characters or more).",
        discussion: "By default the key kept in the plan folder (site.key) is reused, so links already sent stay valid; a new folder gets a new random key."))
    var siteKey: String?

    @Option(name: .long, help: "Language of the team's pages, team-index.html and report.html: fr, nl or en (default fr).")
    var teamLanguage: String?

    @Option(name: .long, help: "Address where site/ will be online (e.g. https://example.org/po/); mails then link to each person's page.")
    var siteURL: String?

    /// The options as the plan folder takes them.
    var settings: PublishSettings {
        PublishSettings(eml: eml, siteKey: siteKey, teamLanguage: teamLanguage, siteURL: siteURL)
    }

    func validate() throws {
        if let key = siteKey, let problem = SiteKey.problem(key) {
            throw ValidationError("--site-key must be 16 to 256 printable characters without spaces "
                + "(it is the secret behind every page's name): \(problem)")
        }
        if let code = teamLanguage, !["fr", "nl", "en"].contains(code) {
            throw ValidationError("--team-language must be fr, nl or en, found '\(code)'")
        }
        if let url = siteURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            throw ValidationError("--site-url must start with https:// or http://, found '\(url)'")
        }
    }
}
