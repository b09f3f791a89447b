import Scheduling

/// Two or more plans of the same week side by side: for each, coverage, first choices,
/// suggestions, sessions cancelled under their minimum, mix and French–Dutch bridges, with the
/// difference from the first plan.
///
/// Public API: `PlanComparison(base: input, entries: [.init(title:variant:plan:input:)]) throws(VariantError)`,
/// `.figures` (one `VariantFigures` per entry, in order), `.html(language:)` (an HTML table fragment).
/// Each entry's plan must have been made from its `input`, or when none is given from
/// `variant?.applied(to: base) ?? base`.
public struct PlanComparison: Sendable {
    /// The week before any change.
    public let base: PlanningInput
    public let entries: [Entry]
    /// The figures of each entry's plan, against its own (changed) input.
    public let figures: [VariantFigures]

    /// The comparison; throws when a variant cannot be applied to `base`.
    public init(base: PlanningInput, entries: [Entry]) throws(VariantError) {
        self.base = base
        self.entries = entries
        var figures: [VariantFigures] = []
        for entry in entries {
            var input = base
            if let given = entry.input { input = given } else if let variant = entry.variant { input = try variant.applied(to: base) }
            figures.append(VariantFigures(plan: entry.plan, input: input))
        }
        self.figures = figures
    }

    /// The table, in `language` (French, Dutch, else English): a column per plan with its title
    /// and what changed, a row per figure; every column after the first shows its difference.
    public func html(language: Language) -> String {
        let output = OutputLanguage(language)
        let library = PageLibrary.of(output)
        let columns = entries.map { entry -> [String: Any] in
            ["title": MarkdownText.oneLine(entry.title),
             "change": entry.variant?.summary(base: base, language: language) ?? library.line("vaAsIs", [:])]
        }
        let first = figures.first
        var rows: [[String: Any]] = [[
            "label": library.line("vaRowStatus", [:]),
            "cells": figures.map { f -> [String: Any] in
                ["value": library.line("vaStatus", ["optimal": f.status == .optimal, "feasible": f.status == .feasible,
                                                    "infeasible": f.status == .infeasible]), "delta": false]
            },
        ]]
        rows.append(["label": library.line("vaRowVisitors", [:]), "cells": figures.map { ["value": $0.visitors, "delta": false] }])
        for (i, row) in (first?.rows ?? []).enumerated() {
            rows.append(["label": library.line(row.key, [:]), "cells": figures.enumerated().map { k, f -> [String: Any] in
                let value = f.rows[i].value
                let shown: Any = row.key == "vaRowCovered" || row.key == "vaRowFirstChoice"
                    ? NumberText.share(value, of: f.visitors, in: output) : value
                return ["value": shown, "delta": k == 0 ? false : Self.delta(value - row.value)]
            }])
        }
        return library.render("planComparison", ["lang": output.rawValue, "columns": columns, "rows": rows])
    }

    /// A difference as people read it: "+2", "−1" (a minus sign), "=".
    static func delta(_ d: Int) -> String {
        d > 0 ? "+\(d)" : d < 0 ? "\u{2212}\(-d)" : "="
    }
}
