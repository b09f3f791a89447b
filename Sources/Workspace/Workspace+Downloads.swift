import Foundation
import Hummingbird

/// What can be downloaded from a plan: only from inside `WEEK_DIR/plans`, the plan found by its id
/// among the plans listed (see `PlanShelf`), the file by a name from a fixed list, and a person's
/// page by a name listed in its folder. No part of the request is ever used as a path.
extension Workspace {
    /// The single files of a plan, by the name in the address: the path in the plan folder and its type.
    static let planFiles: [String: (path: String, type: String)] = [
        "report.html": ("report.html", "text/html; charset=utf-8"),
        "team-index.html": ("team-index.html", "text/html; charset=utf-8"),
        "mail-merge.csv": ("mails/mail-merge.csv", "text/csv; charset=utf-8"),
    ]

    /// The zips of a plan, by the name in the address: the folder zipped and the files kept.
    static let planZips: [String: (folder: String, suffix: String)] = [
        "mails.zip": ("mails/eml", ".eml"),
        "change-notices.zip": ("mails/changes/eml", ".eml"),
        "rosters.zip": ("rosters", ""),
        "sign-in.zip": ("sign-in", ".html"),
    ]

    func addDownloads(to router: Router<WorkspaceContext>) {
        router.get("/plans/:plan/:file") { request, context in
            guard let folder = shelf.folder(context.parameters.get("plan") ?? ""),
                  let name = context.parameters.get("file") else { return await notFound(request) }
            if let file = Self.planFiles[name] {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(file.path)) else { return await notFound(request) }
                return Self.download(data, type: file.type, name: name, inline: file.type.hasPrefix("text/html"))
            }
            if let zip = Self.planZips[name] {
                let files = Self.files(in: folder.appendingPathComponent(zip.folder), suffix: zip.suffix)
                guard !files.isEmpty, let data = try? ZipFile.make(files) else { return await notFound(request) }
                return Self.download(data, type: "application/zip", name: name, inline: false)
            }
            return await notFound(request)
        }
        // The team index's links to person pages, and those pages' links to calendars, rosters and sign-in sheets.
        router.get("/plans/:plan/site/:kind/:file") { request, context in
            guard let folder = shelf.folder(context.parameters.get("plan") ?? ""),
                  let kind = ["visitors", "hosts"].first(where: { $0 == context.parameters.get("kind") }),
                  let file = Self.siteFile(in: folder.appendingPathComponent("site").appendingPathComponent(kind),
                                           named: context.parameters.get("file")) else { return await notFound(request) }
            return Self.download(file.data, type: file.type, name: file.name, inline: file.type.hasPrefix("text/html"))
        }
        // The team index's links to each day's sign-in sheets.
        router.get("/plans/:plan/sign-in/:file") { request, context in
            guard let folder = shelf.folder(context.parameters.get("plan") ?? ""),
                  let file = Self.siteFile(in: folder.appendingPathComponent("sign-in"), named: context.parameters.get("file"),
                                           accept: { $0.hasSuffix(".html") }) else { return await notFound(request) }
            return Self.download(file.data, type: file.type, name: file.name, inline: true)
        }
    }

    /// The types of the files under `site/`, by the end of their name.
    static let siteTypes: [(suffix: String, type: String)] = [
        (".html", "text/html; charset=utf-8"), (".ics", "text/calendar; charset=utf-8"), (".csv", "text/csv; charset=utf-8"),
    ]

    /// The file of `folder` whose listed name equals `name` (the name from the listing, never the
    /// request's, makes the path), when it is of a type in `siteTypes` and `accept` keeps it.
    static func siteFile(in folder: URL, named name: String?, accept: (String) -> Bool = { _ in true }) -> (name: String, data: Data, type: String)? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard let listed = names.first(where: { $0 == name && !$0.hasPrefix(".") && accept($0) }),
              let type = siteTypes.first(where: { listed.hasSuffix($0.suffix) })?.type,
              let data = try? Data(contentsOf: folder.appendingPathComponent(listed)) else { return nil }
        return (listed, data, type)
    }

    /// The regular files directly in `folder` whose name ends with `suffix`, by name.
    static func files(in folder: URL, suffix: String) -> [(name: String, data: Data)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, $0) }
        }
    }

    /// A file answered as a download (or shown, for a page), with its name.
    static func download(_ data: Data, type: String, name: String, inline: Bool) -> Response {
        var response = Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(name)\""],
                                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        if type.hasPrefix("text/html") { response.headers[.contentSecurityPolicy] = AccessMiddleware.publishedPolicy }
        return response
    }
}
