import Scheduling
import Testing
@testable import Publish

/// Plans of the same week side by side, on `VariantFixture`'s three hand-made plans.
@Suite struct PlanComparisonTests {
    static let comparison = try! PlanComparison(base: VariantFixture.input, entries: [
        .init(title: "<script>alert(1)</script>", plan: VariantFixture.asIs),
        .init(title: "Plan B", variant: .resizeSession("SN1", capacity: 2), plan: VariantFixture.resized),
        .init(title: "Plan C", variant: .maxVisits(1), plan: VariantFixture.oneVisit),
    ])

    @Test func theFiguresOfTheWeekAsItIs() {
        let f = Self.comparison.figures[0]
        #expect(f.visitors == 5, "E withdrew")
        #expect(f.covered == 2 && f.firstChoice == 2 && f.assignments == 3 && f.suggestions == 0)
        #expect(f.openSessions == 2)
        #expect(f.cancelledUnderMinimum == 1, "only D ranked SN2, which needs 3")
        #expect(f.mix == 2, "A (maison médicale) at HF (CPAS) and at HN (OCMW); C gave no sector")
        #expect(f.bridges == 1, "A, French-speaking, at the Dutch-speaking HN")
        #expect(f.status == .optimal)
    }

    @Test func theFiguresOfTheVariants() {
        let b = Self.comparison.figures[1], c = Self.comparison.figures[2]
        #expect(b.covered == 3 && b.firstChoice == 3 && b.assignments == 4)
        #expect(b.mix == 2, "B (OCMW) at HN (OCMW) is no mix")
        #expect(b.bridges == 1, "B is Dutch-speaking at a Dutch-speaking host: no bridge")
        #expect(c.covered == 3 && c.assignments == 3 && c.mix == 1 && c.bridges == 0)
        #expect(c.status == .feasible)
    }

    @Test func theTableShowsEachPlanWithWhatChangedAndTheDifferences() {
        let html = Self.comparison.html(language: "en")
        #expect(html.hasPrefix("<section class=\"plan-comparison\" lang=\"en\">"))
        #expect(html.contains("<th scope=\"col\">Plan B<br><span class=\"change\">Session SN1 (Dienst &lt;N&gt;, Tuesday 4 November 2025, 14:00–16:00): 1 → 2 places</span></th>"))
        #expect(html.contains("<span class=\"change\">At most 1 visit per person</span>"))
        #expect(html.contains("<tr><th scope=\"row\">Visitors with at least one visit</th><td class=\"num\">2 (40%)</td><td class=\"num\">3 (60%) <span class=\"delta\">(+1)</span></td><td class=\"num\">3 (60%) <span class=\"delta\">(+1)</span></td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Visits between French and Dutch speakers</th><td class=\"num\">1</td><td class=\"num\">1 <span class=\"delta\">(=)</span></td><td class=\"num\">0 <span class=\"delta\">(\u{2212}1)</span></td></tr>"))
        #expect(html.contains("best found (time limit)"))
    }

    @Test func aPlanTitledScriptShowsAsText() {
        let html = Self.comparison.html(language: "fr")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;<br><span class=\"change\">La semaine telle quelle</span>"))
        #expect(html.contains("Dienst &lt;N&gt;"))
    }

    @Test(arguments: [Language.french, .dutch, .english])
    func everyLanguageHasEveryRow(_ language: Language) {
        let html = Self.comparison.html(language: language)
        #expect(html.components(separatedBy: "<th scope=\"row\">").count - 1 == 10)
        #expect(!html.contains("{{"))
    }

    @Test func anEntryMayBringTheInputItsPlanWasMadeFrom() throws {
        let resized = try PlanVariant.resizeSession("SN1", capacity: 2).applied(to: VariantFixture.input)
        let comparison = try PlanComparison(base: VariantFixture.input, entries: [
            .init(title: "B", variant: .resizeSession("SN1", capacity: 2), plan: VariantFixture.resized, input: resized),
            .init(title: "kept", plan: VariantFixture.resized, input: resized),
        ])
        #expect(comparison.figures[0] == Self.comparison.figures[1])
        #expect(comparison.figures[1] == Self.comparison.figures[1])
    }

    @Test func aVariantThatCannotApplyIsRefused() {
        #expect(throws: VariantError.unknownSession("S404")) {
            try PlanComparison(base: VariantFixture.input, entries: [.init(title: "x", variant: .removeSession("S404"), plan: VariantFixture.asIs)])
        }
    }
}
