import Foundation
import Hummingbird
import Import
import Publish
import Scheduling

/// Page 5, people: search visitors and hosts, see each one's page as they receive it, and the
/// team's decisions the contract allows, written to the canonical files (see `Workspace+Decisions`).
extension Workspace {
    func addPeople(to router: Router<WorkspaceContext>) {
        router.get("/people") { request, _ in
            let reading = await week.reading()
            let page = await renderer(request, reading: reading)
            guard let input = reading.input else { return page.refusal(page.phrase("wsWeekUnreadable"), status: .ok) }
            let query = request.uri.queryParameters.get("q") ?? ""
            let folded = FoldedText(query).value
            let visitors = input.visitors
                .filter { folded.isEmpty || FoldedText("\($0.firstName) \($0.lastName) \($0.lastName) \($0.firstName) \($0.id)").value.contains(folded) }
                .sorted { (FoldedText($0.lastName).value, FoldedText($0.firstName).value, $0.id) < (FoldedText($1.lastName).value, FoldedText($1.firstName).value, $1.id) }
            let hosts = input.hosts.filter { folded.isEmpty || FoldedText("\($0.name) \($0.organization) \($0.id)").value.contains(folded) }
            return page.page("wsPeople", [
                "query": query,
                "visitors": visitors.map { v -> [String: Any] in
                    ["id": v.id, "name": v.fullName, "organization": v.organization.flatMap { $0.isEmpty ? nil : $0 } ?? false,
                     "withdrawn": v.cancelled]
                },
                "hasVisitors": !visitors.isEmpty,
                "hosts": hosts.map { ["id": $0.id, "name": $0.name] },
                "hasHosts": !hosts.isEmpty,
            ], menu: "onPeople")
        }
        router.get("/people/visitors/:id") { request, context in
            await visitorPage(request, id: context.parameters.get("id") ?? "")
        }
        router.get("/people/hosts/:id") { request, context in
            await hostPage(request, id: context.parameters.get("id") ?? "")
        }
        router.get("/people/visitors/:id/page") { request, context in
            await publishedPage(request, kind: "visitor", id: context.parameters.get("id") ?? "")
        }
        router.get("/people/hosts/:id/page") { request, context in
            await publishedPage(request, kind: "host", id: context.parameters.get("id") ?? "")
        }
        // The files a person's page links to (relative to it): calendar, roster, sign-in sheets.
        router.get("/people/visitors/:id/:file") { request, context in
            await publishedPage(request, kind: "visitor", id: context.parameters.get("id") ?? "", file: context.parameters.get("file"))
        }
        router.get("/people/hosts/:id/:file") { request, context in
            await publishedPage(request, kind: "host", id: context.parameters.get("id") ?? "", file: context.parameters.get("file"))
        }
        addDecisions(to: router)
    }

    /// A visitor and the team's decisions on them.
    func visitorPage(_ request: Request, id: String, message: String? = nil, refused: Bool = false,
                     status: HTTPResponse.Status = .ok) async -> Response {
        let reading = await week.reading()
        let page = await renderer(request, reading: reading)
        guard let input = reading.input else { return page.refusal(page.phrase("wsWeekUnreadable"), status: status == .ok ? .conflict : status) }
        guard let visitor = input.visitor(id) else { return await notFound(request) }
        let pins = input.pins.filter { $0.visitorID == visitor.id }.map { pin -> [String: Any] in
            var isHost = false
            if case .host = pin.target { isHost = true }
            return ["target": pin.target.id, "yes": pin.assigns, "isHost": isHost]
        }
        let keys: [String: Any] = [
            "id": visitor.id, "name": visitor.fullName, "withdrawn": visitor.cancelled, "canEdit": week.isCanonical,
            "visitorsVersion": week.version(of: InputFolder.visitorsFile), "pinsVersion": week.version(of: InputFolder.pinsFile),
            "group": visitor.group ?? "", "priority": visitor.priority, "pins": pins, "hasPins": !pins.isEmpty,
            "sessions": input.sessions.map { ["id": $0.id, "label": Self.sessionLabel($0, input: input)] },
            "hostsList": input.hosts.map { ["id": $0.id, "name": $0.name] },
            "page": shelf.latest == nil ? false as Any : "/people/visitors/\(Self.pathComponent(visitor.id))/page",
        ]
        return page.page("wsPerson", keys, menu: "onPeople", message: message, refused: refused, status: status)
    }

    /// A host, its sessions, and the team's decisions on them.
    func hostPage(_ request: Request, id: String, message: String? = nil, refused: Bool = false,
                  status: HTTPResponse.Status = .ok) async -> Response {
        let reading = await week.reading()
        let page = await renderer(request, reading: reading)
        guard let input = reading.input else { return page.refusal(page.phrase("wsWeekUnreadable"), status: status == .ok ? .conflict : status) }
        guard let host = input.host(id) else { return await notFound(request) }
        let keys: [String: Any] = [
            "id": host.id, "name": host.name, "canEdit": week.isCanonical,
            "sessionsVersion": week.version(of: InputFolder.sessionsFile),
            "sessions": input.sessions(ofHost: host.id).map { session -> [String: Any] in
                ["id": session.id, "label": Self.sessionLabel(session, input: input), "capacity": session.capacity,
                 "calledOff": session.cancelled]
            },
            "page": shelf.latest == nil ? false as Any : "/people/hosts/\(Self.pathComponent(host.id))/page",
        ]
        return page.page("wsHost", keys, menu: "onPeople", message: message, refused: refused, status: status)
    }

    /// A person's page in the latest plan, as they receive it, or with `file` one of the files beside
    /// it that are theirs (see `Publication.isPersonFile`); found by their id and the folder's listing
    /// (never by a path from the request).
    func publishedPage(_ request: Request, kind: String, id: String, file: String? = nil) async -> Response {
        let shelf = self.shelf
        guard let latest = shelf.latest, let folder = shelf.folder(latest),
              let keyText = try? String(contentsOf: folder.appendingPathComponent("site.key"), encoding: .utf8),
              let key = SiteKey(text: keyText.trimmingCharacters(in: .whitespacesAndNewlines)) else { return await notFound(request) }
        let reading = await week.reading()
        guard let input = reading.input else { return await notFound(request) }
        let path: String
        switch kind {
        case "visitor":
            guard let visitor = input.visitor(id) else { return await notFound(request) }
            path = Publication.visitorPagePath(visitor.id, key: key)
        default:
            guard let host = input.host(id) else { return await notFound(request) }
            path = Publication.hostPagePath(host.id, key: key)
        }
        if let file {
            let besides = folder.appendingPathComponent(path).deletingLastPathComponent()
            guard let found = Self.siteFile(in: besides, named: file, accept: { Publication.isPersonFile($0, page: path) }) else {
                return await notFound(request)
            }
            return Self.download(found.data, type: found.type, name: found.name, inline: found.type.hasPrefix("text/html"))
        }
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(path)) else { return await notFound(request) }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: AccessMiddleware.publishedPolicy],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A session as the lists show it: host, date, hours, id.
    static func sessionLabel(_ session: Session, input: PlanningInput) -> String {
        "\(input.host(of: session).name) · \(session.date) \(session.start)–\(session.end) (\(session.id))"
    }

    /// An id made safe to put in an address.
    static func pathComponent(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? id
    }
}
