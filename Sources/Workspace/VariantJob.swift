import Foundation
import Import
import Matching
import Publish
import Scheduling

/// Plans the week as it is and with one thing changed (a `PlanVariant`), then compares the two
/// plans side by side (`PlanComparison`); nothing is written to the week's folder. The variant
/// can then become the plan (`AdoptableVariant`).
struct VariantJob: BackgroundPlanning {
    let week: WeekFolder
    let variant: PlanVariant
    let language: String

    func run(say: @escaping @Sendable (String) -> Void) -> PlanRuns.Outcome {
        let phrase = { (key: String, context: [String: Any]) in WorkspacePages.phrase(key, context, language: language) }
        let spoken = Language(code: language) ?? .french
        // The versions of the files the change would be written to, before they are read: adopting
        // the variant later is refused if one of them changed in between.
        let versions = Dictionary(uniqueKeysWithValues: AdoptableVariant.files(of: variant).map { ($0, week.version(of: $0)) })
        say(phrase("wsPlanReading", [:]))
        let reading = Importer.read(at: week.url)
        guard let input = reading.input, !reading.hasErrors else {
            let errors = reading.diagnostics.filter(\.isError).count
            return .failed(phrase("wsPlanFailed", ["what": phrase("wsPlanInputErrors", ["errors": errors])]))
        }
        let changed: PlanningInput
        do { changed = try variant.applied(to: input) } catch {
            return .failed(phrase("wsPlanFailed", ["what": error.message(in: spoken)]))
        }
        var plans: [Plan] = []
        for (title, planned) in [(phrase("vaAsIs", [:]), input), (variant.summary(base: input, language: spoken), changed)] {
            say(title)
            plans.append(Planner.plan(planned, options: PlanningOptions()) { event in
                if case let .tierSolved(tier, value, bound, _) = event {
                    say(phrase("wsPlanTier", tier.wordingKeys.merging(["value": value, "bound": bound]) { _, new in new }))
                }
            })
        }
        do {
            let comparison = try PlanComparison(base: input, entries: [
                .init(title: phrase("vaAsIs", [:]), plan: plans[0], input: input),
                .init(title: phrase("wsVariant", [:]), variant: variant, plan: plans[1], input: changed),
            ])
            // Only the canonical files can take the change, and only a plan that meets every constraint can be kept.
            let adoptable = week.isCanonical && plans[1].status != .infeasible
                ? AdoptableVariant(variant: variant, plan: plans[1], input: changed,
                                   changes: AdoptableVariant.changes(of: variant, base: input), versions: versions)
                : nil
            return .compared(html: comparison.html(language: spoken), adoptable: adoptable)
        } catch {
            return .failed(phrase("wsPlanFailed", ["what": error.message(in: spoken)]))
        }
    }

    func finished(_ outcome: PlanRuns.Outcome) async {}
}
