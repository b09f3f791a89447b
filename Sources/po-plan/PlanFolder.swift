import Foundation
import Import
import Publish
import Scheduling

/// Writes a plan folder as a whole: everything `Publication` makes, plus what `publish` needs to
/// make it again: a copy of the input (`input/`), the site key (`site.key`) and how it was
/// published (`publication.json`).
struct PlanFolder {
    let url: URL
    /// The plan folder people were told (`plan --previous`): its site key, publication settings
    /// and calendar history are carried over, so links already sent keep working.
    var previous: URL? = nil

    /// The canonical input files, by name.
    static let inputFiles = ["event.yaml", "hosts.csv", "sessions.csv", "visitors.csv"]

    /// The bytes of the input files present in `folder`, by name.
    static func inputBytes(at folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in inputFiles {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(name)) { files[name] = data }
        }
        return files
    }

    /// The canonical input files an import produced, by name.
    static func inputBytes(of imported: ImportOutcome) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in inputFiles {
            if let text = imported.file(name) { files[name] = Data(text.utf8) }
        }
        return files
    }

    /// The publication record left by an earlier run, if any.
    var record: PublicationRecord? {
        (try? Data(contentsOf: url.appendingPathComponent("publication.json"))).flatMap(PublicationRecord.init(json:))
            ?? previous.flatMap { PlanFolder(url: $0).record }
    }

    /// The key to use: the one given, else the one kept in this folder, else one derived from the input.
    func siteKey(given: String?, input: [String: Data]) -> SiteKey {
        if let given, let key = SiteKey(text: given) { return key }
        if let previous, let kept = try? String(contentsOf: previous.appendingPathComponent("site.key"), encoding: .utf8),
           let key = SiteKey(text: kept) { return key }
        if let kept = try? String(contentsOf: url.appendingPathComponent("site.key"), encoding: .utf8),
           let key = SiteKey(text: kept) { return key }
        return SiteKey.derived(fromInput: Self.inputFiles.compactMap { input[$0] })
    }

    /// Publishes `plan` and replaces the folder with it; plan.json is `planJSON` when given (as
    /// read by `publish`, kept byte for byte). Returns the number of files and the warnings.
    func write(plan: Plan, planJSON: Data?, input: PlanningInput, inputFiles: [String: Data],
               options: PublishingOptions) throws -> (files: Int, warnings: [String]) {
        let previous = record
        let language = options.teamLanguage.flatMap { Language(code: $0) } ?? previous?.teamLanguage ?? .french
        let eml = options.eml ?? previous?.eml ?? false
        let siteURL = options.siteURL ?? previous?.siteURL
        let key = siteKey(given: options.siteKey, input: inputFiles)
        let publication = Publication(plan: plan, input: input, options: PublicationOptions(
            siteKey: key, teamLanguage: language, siteURL: siteURL, eml: eml, calendarHistory: calendarHistory))
        var files = publication.files.filter { !(planJSON != nil && $0.path == "plan.json") }
        if let planJSON { files.append(PublishedFile(path: "plan.json", data: planJSON)) }
        for (name, data) in inputFiles { files.append(PublishedFile(path: "input/\(name)", data: data)) }
        files.append(PublishedFile(path: "site.key", text: key.text + "\n"))
        files.append(PublishedFile(path: Self.calendarFile, text: publication.calendarHistory.json))
        files.append(PublishedFile(path: "publication.json", text: PublicationRecord(
            teamLanguage: language, siteURL: siteURL, eml: eml).json))
        try OutputFolder(url: url).replace(with: files)
        return (files.count, publication.warnings)
    }
}
