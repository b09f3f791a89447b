import Foundation
import Import
import Matching
import PlanFolders
import Publish
import Scheduling

/// One planning of the week into a new dated folder of `plans/`, as `po-plan plan WEEK_DIR --out
/// plans/<id> [--previous plans/<sent>] --eml` does, saying each step in the team's language:
/// reading, the model, each tier with its value and bound, writing.
struct PlanJob: BackgroundPlanning {
    let week: WeekFolder
    /// The plan people were told, to re-plan from with as little change as possible.
    let previousID: String?
    let language: String
    let page: String

    typealias Outcome = PlanRuns.Outcome

    func finished(_ outcome: Outcome) async {
        if case .planned(let id) = outcome { try? await week.logPlan(id, previous: previousID, page: page) }
    }

    /// Plans; `say` gets each step as a line of text.
    /// Blocking (it solves): run it on a thread of its own.
    func run(say: @escaping @Sendable (String) -> Void) -> Outcome {
        let phrase = { (key: String, context: [String: Any]) in WorkspacePages.phrase(key, context, language: language) }
        say(phrase("wsPlanReading", [:]))
        let shelf = PlanShelf(url: week.plansURL)
        let loaded = Importer.load(at: week.url)
        guard var data = loaded.reading.input, !loaded.reading.hasErrors else {
            let errors = loaded.reading.diagnostics.filter(\.isError).count
            return .failed(phrase("wsPlanFailed", ["what": phrase("wsPlanInputErrors", ["errors": errors])]))
        }
        say(phrase("wsPlanRead", ["hosts": data.hosts.count, "sessions": data.sessions.count, "visitors": data.visitors.count]))
        var previousFolder: URL?
        if let previousID {
            guard let folder = shelf.folder(previousID) else {
                return .failed(phrase("wsPlanFailed", ["what": previousID]))
            }
            do {
                data.previous = try PreviousPlanFile.read(folder.path, event: data.event)
            } catch {
                return .failed(phrase("wsPlanFailed", ["what": String(describing: error)]))
            }
            previousFolder = folder
        }
        let input = data
        let plan = Planner.plan(input, options: PlanningOptions()) { event in
            switch event {
            case .modelBuilt(let size):
                say(phrase("wsPlanModel", ["columns": size.columns, "rows": size.rows]))
            case let .tierSolved(tier, value, bound, _):
                say(phrase("wsPlanTier", tier.wordingKeys.merging(["value": value, "bound": bound]) { _, new in new }))
            case .stopped(let reason):
                say(phrase("wsPlanStopped", ["what": reason]))
            }
        }
        if plan.status == .infeasible {
            return .failed(phrase("wsPlanFailed", ["what": plan.problems.joined(separator: " ")]))
        }
        say(phrase("wsPlanWriting", [:]))
        let id = shelf.newID()
        do {
            _ = try PlanFolder(url: week.plansURL.appendingPathComponent(id), previous: previousFolder).write(
                plan: plan, planJSON: nil, input: input, inputFiles: loaded.canonicalFiles,
                options: PublishSettings(eml: true, teamLanguage: language))
        } catch {
            return .failed(phrase("wsPlanFailed", ["what": String(describing: error)]))
        }
        return .planned(id)
    }
}
