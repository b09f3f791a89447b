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
        // The team index's links to person pages and sign-in sheets, relative to it.
        router.get("/plans/:plan/site/:kind/:file") { request, context in
            guard let folder = shelf.folder(context.parameters.get("plan") ?? ""),
                  let kind = ["visitors", "hosts"].first(where: { $0 == context.parameters.get("kind") }) else { return await notFound(request) }
            let listed = folder.appendingPathComponent("site").appendingPathComponent(kind)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: listed.path)) ?? []
            guard let name = names.first(where: { $0 == context.parameters.get("file") && $0.hasSuffix(".html") }),
                  let data = try? Data(contentsOf: listed.appendingPathComponent(name)) else { return await notFound(request) }
            return Self.download(data, type: "text/html; charset=utf-8", name: name, inline: true)
        }
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
