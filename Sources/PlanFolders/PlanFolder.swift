import Foundation
import Import
import Publish
import Scheduling

/// Writes a plan folder as a whole: everything `Publication` makes, plus what `publish` needs to
/// make it again: a copy of the input (`input/`), the site key (`site.key`) and how it was
/// published (`publication.json`).
public struct PlanFolder {
    public let url: URL
    /// The plan folder people were told (`plan --previous`): its site key, publication settings
    /// and calendar history are carried over, so links already sent keep working.
    public var previous: URL? = nil

    public init(url: URL, previous: URL? = nil) {
        self.url = url
        self.previous = previous
    }

    /// The publication record left by an earlier run, if any.
    public var record: PublicationRecord? {
        (try? Data(contentsOf: url.appendingPathComponent("publication.json"))).flatMap(PublicationRecord.init(json:))
            ?? previous.flatMap { PlanFolder(url: $0).record }
    }

    /// The key to use: the one given, else the previous plan's (re-planning: links already sent keep
    /// working), else the one kept in this folder, else a new random one (kept in the folder by `write`,
    /// so later plans of the week reuse it). A `site.key` that is not a key is an error: replacing it
    /// silently would break every link already sent.
    public func siteKey(given: String?) throws -> SiteKey {
        if let given {
            guard let key = SiteKey(text: given) else {
                throw OutputFolder.Failure(description: "--site-key is not a usable key: \(SiteKey.problem(given) ?? "")")
            }
            return key
        }
        for folder in [previous, url].compactMap({ $0 }) {
            let file = folder.appendingPathComponent("site.key")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let kept = (try? String(contentsOf: file, encoding: .utf8)).map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 } ?? ""
            guard let key = SiteKey(text: kept) else {
                throw OutputFolder.Failure(description: "\(file.path) does not hold a usable key "
                    + "(\(SiteKey.problem(kept) ?? "unreadable")); put back the key the links were made with, or give one with --site-key")
            }
            return key
        }
        return SiteKey.random()
    }

    /// Publishes `plan` and replaces the folder with it; plan.json is `planJSON` when given (as
    /// read by `publish`, kept byte for byte). Returns the number of files on disk and the warnings.
    /// `attendance` and `feedback`, the week's records, are kept in the folder and published with the plan.
    public func write(plan: Plan, planJSON: Data?, input: PlanningInput, inputFiles: [String: Data],
                      options: PublishSettings, attendance: Attendance? = nil, feedback: Feedback? = nil) throws -> (files: Int, warnings: [String]) {
        let previous = record
        let language = options.teamLanguage.flatMap { Language(code: $0) } ?? previous?.teamLanguage ?? .french
        let eml = options.eml ?? previous?.eml ?? false
        let siteURL = options.siteURL ?? previous?.siteURL
        let key = try siteKey(given: options.siteKey)
        let publication = Publication(plan: plan, input: input, options: PublicationOptions(
            siteKey: key, teamLanguage: language, siteURL: siteURL, eml: eml, calendarHistory: calendarHistory,
            attendance: attendance, feedback: feedback))
        var files = publication.files.filter { !(planJSON != nil && $0.path == "plan.json") }
        if let planJSON { files.append(PublishedFile(path: "plan.json", data: planJSON)) }
        for (name, data) in inputFiles { files.append(PublishedFile(path: "input/\(name)", data: data)) }
        files.append(PublishedFile(path: "site.key", text: key.text + "\n"))
        files.append(PublishedFile(path: Self.calendarFile, text: publication.calendarHistory.json))
        files += weekRecords(attendance: attendance, feedback: feedback)
        files.append(PublishedFile(path: "publication.json", text: PublicationRecord(
            teamLanguage: language, siteURL: siteURL, eml: eml).json))
        let written = try OutputFolder(url: url).replace(with: files)
        return (written, publication.warnings)
    }
}
