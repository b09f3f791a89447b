import Foundation
import Hummingbird
import Matching
import PlanFolders
import Publish
import Scheduling

/// Page 4's variants: plan the week with one thing changed (most visits per person, the
/// objective's order, a session added, removed or resized, a host's daily limit) and see both plans side
/// by side; nothing is written to the week's files until the team chooses to keep the variant.
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
        router.post("/variants/adopt") { request, context in
            let (form, refusal) = try await form(request, context)
            guard form != nil else { return refusal! }
            return await adopt(request)
        }
    }

    /// Writes the compared variant's change to the canonical files it touches (refused, with
    /// nothing written, when one of them changed since the comparison began) and keeps its plan as
    /// a new plan of the week without solving again, when the files read again give the variant's
    /// week and the plan meets every rule with it; otherwise the week is planned again from the files.
    func adopt(_ request: Request) async -> Response {
        let page = await renderer(request)
        guard !(await runs.isRunning), let chosen = await runs.takeAdoptable() else {
            return await variantsPage(request, message: page.phrase("wsAdoptNo"), status: .conflict)
        }
        let files: [String]
        do {
            files = try await week.edit(chosen.changes, expected: chosen.versions, page: "variants")
        } catch let stale as WeekFolder.Stale {
            return await variantsPage(request, message: page.phrase("wsStale", ["file": stale.file]), status: .conflict)
        } catch {
            return await variantsPage(request, message: page.phrase("wsRefused", ["what": String(describing: error)]), status: .badRequest)
        }
        let written: [String: Any] = ["files": files, "changed": !files.isEmpty]
        let loaded = await week.source()
        guard let input = loaded.reading.input, !loaded.reading.hasErrors, chosen.isGiven(by: input),
              PlanValidator(input).violations(of: chosen.plan).isEmpty else {
            // Never keep a plan that the files would not give.
            let job = PlanJob(week: week, previousID: nil, language: page.language, page: "variants")
            let started = await runs.start(job)
            return await planPage(request, message: page.phrase("wsAdoptReplan", written) + (started ? "" : " " + page.phrase("wsPlanBusy")),
                                  refused: !started)
        }
        let id = shelf.newID()
        do {
            _ = try PlanFolder(url: week.plansURL.appendingPathComponent(id)).write(
                plan: chosen.plan, planJSON: nil, input: input, inputFiles: loaded.canonicalFiles,
                options: PublishSettings(eml: true, teamLanguage: page.language))
            try await week.logPlan(id, previous: nil, page: "variants")
        } catch {
            return await variantsPage(request, message: page.phrase("wsRefused", ["what": String(describing: error)]), status: .internalServerError)
        }
        return await variantsPage(request, message: page.phrase("wsAdopted", written.merging(["plan": id]) { a, _ in a }), refused: false)
    }

    func variantsPage(_ request: Request, message: String? = nil, refused: Bool? = nil, status: HTTPResponse.Status = .ok) async -> Response {
        let reading = await week.reading()
        let page = await renderer(request, reading: reading)
        let input = reading.input
        let keys: [String: Any] = [
            "comparison": await runs.comparison ?? "",
            "adoptable": await runs.adoptable != nil,
            "compared": await runs.comparison != nil,
            "sessions": input.map { i in i.sessions.map { ["id": $0.id, "label": Self.sessionLabel($0, input: i)] } } ?? [],
            "hostsList": input?.hosts.map { ["id": $0.id, "name": $0.name] } ?? [],
            "objective": input?.event.objective.map(\.rawValue).joined(separator: ", ") ?? "",
        ]
        return page.page("wsVariants", keys, menu: "onVariants", message: message, refused: refused ?? (message != nil), status: status)
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
        case "add":
            guard let id = form["new_id"]?.trimmingCharacters(in: .whitespaces), !id.isEmpty, id.count <= 64,
                  let host = form["host_id"], !host.isEmpty,
                  let date = LocalDate(iso: form["date"] ?? ""), let start = TimeOfDay(hhmm: form["start"] ?? ""),
                  let end = TimeOfDay(hhmm: form["end"] ?? ""), let slot = TimeWindow(date: date, start: start, end: end),
                  let capacity = number("capacity") else { return nil }
            return .addSession(Session(id: id, hostID: host, slot: slot, capacity: capacity, languages: []))
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
