import Foundation
import Scheduling

/// `publication.json`: how a plan folder was published, so that `po-plan publish` can do it
/// again the same way. plan.json stays exactly as the contract says; this file holds the rest.
/// The input is copied into the plan folder (`input/`), so the folder is complete on its own and
/// publishing again always reads the input the plan was made from.
public struct PublicationRecord: Sendable, Equatable {
    /// The folder of the input's copy, relative to the plan folder.
    public var input: String
    public var teamLanguage: Language
    public var siteURL: String?
    public var eml: Bool

    public init(input: String = "input", teamLanguage: Language, siteURL: String?, eml: Bool) {
        self.input = input
        self.teamLanguage = teamLanguage
        self.siteURL = siteURL
        self.eml = eml
    }

    /// The record as JSON text.
    public var json: String {
        JSONValue.object([
            ("input", .string(input)),
            ("team_language", .string(teamLanguage.code)),
            ("site_url", .string(siteURL)),
            ("eml", .bool(eml)),
        ]).document()
    }

    /// Reads a record; nil when the text is not one.
    public init?(json data: Data) {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let input = root["input"] as? String,
              let language = (root["team_language"] as? String).flatMap({ Language(code: $0) }) else { return nil }
        self.init(input: input, teamLanguage: language, siteURL: root["site_url"] as? String,
                  eml: root["eml"] as? Bool ?? false)
    }
}
