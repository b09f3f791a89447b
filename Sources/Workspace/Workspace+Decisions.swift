import Foundation
import Hummingbird
import Import
import Scheduling

/// The team's decisions that the contract allows, each written to its canonical file through
/// `WeekFolder` (atomically, logged, refused when the page was stale): withdraw a visitor
/// (`cancelled`), their group and priority, pins (pins.csv), call off or resize a session.
extension Workspace {
    func addDecisions(to router: Router<WorkspaceContext>) {
        router.post("/people/visitors/:id/withdraw") { request, context in
            try await visitorDecision(request, context) { form, visitor, page in
                let yes = form["withdrawn"] != "no"
                let what = page.phrase(yes ? "wsWithdraw" : "wsUndoWithdraw")
                return (InputFolder.visitorsFile, "\(visitor.id) cancelled: \(yes ? "yes" : "no")", what, { table in
                    try table.set("cancelled", to: yes ? "yes" : "no", id: visitor.id, idColumn: "visitor_id")
                })
            }
        }
        router.post("/people/visitors/:id/details") { request, context in
            try await visitorDecision(request, context) { form, visitor, page in
                let group = (form["group"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let priority = form["priority"] == "yes"
                guard !group.contains(where: \.isNewline), group.count <= 100 else { throw CanonicalTableEdit.Refusal(description: group) }
                return (InputFolder.visitorsFile, "\(visitor.id) group and priority", page.phrase("wsGroup") + ", " + page.phrase("wsPriority"), { table in
                    try table.set("group", to: group, id: visitor.id, idColumn: "visitor_id")
                    try table.set("priority", to: priority ? "yes" : "no", id: visitor.id, idColumn: "visitor_id")
                })
            }
        }
        router.post("/people/visitors/:id/pin") { request, context in
            try await visitorDecision(request, context) { form, visitor, page in
                let input = await week.reading().input
                let yes = form["pin"] == "yes"
                let session = (form["session_id"] ?? "").isEmpty ? nil : input?.session(form["session_id"]!)
                let host = (form["host_id"] ?? "").isEmpty ? nil : input?.host(form["host_id"]!)
                guard (session == nil) != (host == nil), !(yes && host != nil) else {
                    throw CanonicalTableEdit.Refusal(description: page.phrase("wsPinSession") + " / " + page.phrase("wsPinHost"))
                }
                let column = session != nil ? "session_id" : "host_id", target = session?.id ?? host!.id
                return (InputFolder.pinsFile, "\(visitor.id) pin \(yes ? "yes" : "no") \(target)",
                        page.phrase(yes ? "wsPinYes" : (host != nil ? "wsPinHostNo" : "wsPinNo")) + " (\(target))", { table in
                    table.removeRows { $0("visitor_id") == visitor.id && ($0("session_id") == target || $0("host_id") == target) }
                    table.append(["visitor_id": visitor.id, column: target, "pin": yes ? "yes" : "no"])
                })
            }
        }
        router.post("/people/visitors/:id/unpin") { request, context in
            try await visitorDecision(request, context) { form, visitor, page in
                let target = form["target"] ?? ""
                return (InputFolder.pinsFile, "\(visitor.id) pin removed \(target)", page.phrase("wsRemovePin") + " (\(target))", { table in
                    table.removeRows { $0("visitor_id") == visitor.id && ($0("session_id") == target || $0("host_id") == target) }
                })
            }
        }
        router.post("/sessions/:id/cancel") { request, context in
            try await sessionDecision(request, context) { form, session, page in
                let yes = form["cancelled"] != "no"
                return ("\(session.id) cancelled: \(yes ? "yes" : "no")", page.phrase(yes ? "wsCallOff" : "wsReopen") + " (\(session.id))", { table in
                    try table.set("cancelled", to: yes ? "yes" : "no", id: session.id, idColumn: "session_id")
                })
            }
        }
        router.post("/sessions/:id/capacity") { request, context in
            try await sessionDecision(request, context) { form, session, page in
                guard let capacity = Int(form["capacity"] ?? ""), (1...10_000).contains(capacity) else {
                    throw CanonicalTableEdit.Refusal(description: page.phrase("wsCapacityValue", ["value": form["capacity"] ?? ""]))
                }
                return ("\(session.id) capacity \(capacity)", page.phrase("wsCapacityValue", ["id": session.id, "value": capacity]), { table in
                    try table.set("capacity", to: String(capacity), id: session.id, idColumn: "session_id")
                })
            }
        }
    }

    /// A change of a canonical file: the file, what the log says (ids only), what the page says, the change.
    typealias Decision = (file: String, log: String, said: String, change: @Sendable (inout CanonicalTableEdit) throws -> Void)

    /// A decision on the visitor of the address: form token, canonical files, known id, then the change.
    func visitorDecision(_ request: Request, _ context: WorkspaceContext,
                         _ decide: (FormBody, Visitor, PageRenderer) async throws -> Decision) async throws -> Response {
        let (form, refusal) = try await form(request, context)
        guard let form else { return refusal! }
        guard let input = await week.reading().input else { return await visitorPage(request, id: "", status: .conflict) }
        guard let visitor = input.visitor(context.parameters.get("id") ?? "") else { return await notFound(request) }
        let page = await renderer(request)
        guard week.isCanonical else {
            return await visitorPage(request, id: visitor.id, message: page.phrase("wsNeedsCanonical"), refused: true, status: .conflict)
        }
        let (status, message) = await apply(form, page: page, name: "people") { try await decide(form, visitor, page) }
        return await visitorPage(request, id: visitor.id, message: message, refused: status != .ok, status: status)
    }

    /// A decision on the session of the address, shown on its host's page.
    func sessionDecision(_ request: Request, _ context: WorkspaceContext,
                         _ decide: (FormBody, Session, PageRenderer) async throws -> (log: String, said: String, change: @Sendable (inout CanonicalTableEdit) throws -> Void)) async throws -> Response {
        let (form, refusal) = try await form(request, context)
        guard let form else { return refusal! }
        guard let input = await week.reading().input else { return await hostPage(request, id: "", status: .conflict) }
        guard let session = input.session(context.parameters.get("id") ?? "") else { return await notFound(request) }
        let page = await renderer(request)
        guard week.isCanonical else {
            return await hostPage(request, id: session.hostID, message: page.phrase("wsNeedsCanonical"), refused: true, status: .conflict)
        }
        let (status, message) = await apply(form, page: page, name: "people") {
            let d = try await decide(form, session, page)
            return (InputFolder.sessionsFile, d.log, d.said, d.change)
        }
        return await hostPage(request, id: session.hostID, message: message, refused: status != .ok, status: status)
    }

    /// Makes the decision and writes it if the form's version is the file's; the status and message to show.
    func apply(_ form: FormBody, page: PageRenderer, name: String,
               _ decide: () async throws -> Decision) async -> (HTTPResponse.Status, String) {
        do {
            let decision = try await decide()
            let columns = decision.file == InputFolder.pinsFile ? ["visitor_id", "session_id", "host_id", "pin", "note"] : []
            try await week.edit(decision.file, expected: form["version"] ?? "", page: name, what: decision.log, columns: columns,
                                decision.change)
            return (.ok, page.phrase("wsDone", ["what": decision.said]))
        } catch let stale as WeekFolder.Stale {
            return (.conflict, page.phrase("wsStale", ["file": stale.file]))
        } catch {
            return (.badRequest, page.phrase("wsRefused", ["what": String(describing: error)]))
        }
    }
}
