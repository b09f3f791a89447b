import Foundation
import Hummingbird
import Publish
import Scheduling

/// Page 4's variants: plan the week with one thing changed (most visits per person, the
/// objective's order, a session removed or resized, a host's daily limit) and see both plans side
/// by side. Nothing is written to the week's files.
extension Workspace {
    func addVariants(to router: Router<WorkspaceContext>) {
        router.get("/variants") { request, _ in
            await variantsPage(request)
        }
        router.post("/variants") { request, context in
            let (form, refusal) = try await form(request, context)
            guard let form else { return refusal! }
            let page = await renderer(request)
            guard let variant = Self.variant(form) else {
                return await variantsPage(request, message: page.phrase("wsRefused", ["what": page.phrase("wsVariantKind")]),
                                          status: .badRequest)
            }
            if let input = await week.reading().input {
                do throws(VariantError) { _ = try variant.applied(to: input) } catch {
                    return await variantsPage(request, message: page.phrase("wsRefused", [
                        "what": error.message(in: Language(code: page.language) ?? .french)]), status: .badRequest)
                }
            }
            guard await runs.start(VariantJob(week: week, variant: variant, language: page.language)) else {
                return await variantsPage(request, message: page.phrase("wsPlanBusy"), status: .conflict)
            }
            return Response(status: .seeOther, headers: [.location: "/plan"])
        }
    }

    func variantsPage(_ request: Request, message: String? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        let reading = await week.reading()
        let page = await renderer(request, reading: reading)
        let input = reading.input
        let keys: [String: Any] = [
            "comparison": await runs.comparison ?? "",
            "sessions": input.map { i in i.sessions.map { ["id": $0.id, "label": Self.sessionLabel($0, input: i)] } } ?? [],
            "hostsList": input?.hosts.map { ["id": $0.id, "name": $0.name] } ?? [],
            "objective": input?.event.objective.map(\.rawValue).joined(separator: ", ") ?? "",
        ]
        return page.page("wsVariants", keys, menu: "onVariants", message: message, refused: message != nil, status: status)
    }

    /// The change the form asks for; nil when it is not one.
    static func variant(_ form: FormBody) -> PlanVariant? {
        let number = { (name: String) in form[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        switch form["kind"] {
        case "maxVisits":
            return number("n").map(PlanVariant.maxVisits)
        case "objective":
            let names = (form["objective"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " })
            let tiers = names.compactMap { ObjectiveTier(rawValue: $0.lowercased()) }
            return tiers.count == names.count && !tiers.isEmpty ? .objective(tiers) : nil
        case "remove":
            return form["session_id"].flatMap { $0.isEmpty ? nil : PlanVariant.removeSession($0) }
        case "resize":
            guard let id = form["session_id"], !id.isEmpty, let capacity = number("capacity") else { return nil }
            return .resizeSession(id, capacity: capacity)
        case "dailyLimit":
            guard let id = form["host_id"], !id.isEmpty else { return nil }
            let text = (form["limit"] ?? "").trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .hostDailyLimit(id, nil) }
            return Int(text).map { .hostDailyLimit(id, $0) }
        default:
            return nil
        }
    }
}
