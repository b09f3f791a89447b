import Scheduling
import Testing
@testable import Publish

/// The supply-and-demand fragment: charts with their numbers, the lists a team acts on, every
/// language, and names shown as text.
@Suite struct SupplyDemandPageTests {
    static let figures = SupplyDemand(input: DemandFixture.input)

    static func html(_ language: Language) -> String {
        SupplyDemandPage.html(figures, input: DemandFixture.input, language: language)
    }

    @Test func aHostNamedScriptShowsAsText() {
        let html = Self.html("fr")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func theFrenchFragmentListsTheOversubscribedHostAndTheSessionNobodyChose() {
        let html = Self.html("fr")
        #expect(html.hasPrefix("<section class=\"supply-demand\" lang=\"fr\">"))
        #expect(html.contains("<tr><th scope=\"row\">Maison A</th><td class=\"num\">2</td><td class=\"num\">6</td><td class=\"num\">6</td><td class=\"num\">5</td><td class=\"num\">3</td><td class=\"num\">2</td></tr>"))
        #expect(html.contains("Sessions que personne n'a choisies"))
        #expect(html.contains("<td>S5</td>"))
        #expect(html.contains("Mercredi 5 novembre 2025, 14h–16h"))
        #expect(html.contains("<tr class=\"day\"><th scope=\"row\"><strong>Mardi 4 novembre 2025</strong></th><td class=\"num\">3</td><td class=\"num\">8</td><td class=\"num\">7</td><td class=\"num\">7</td><td class=\"num\">6</td></tr>\n<tr><th scope=\"row\">Mardi 4 novembre 2025, matin</th>"))
        #expect(html.contains("Français, pas néerlandais"))
    }

    @Test func chartsAreInlineSVGWithTheNumbersBesideTheBars() {
        let html = Self.html("en")
        #expect(html.components(separatedBy: "<svg ").count - 1 == 4, "hosts, half-days, languages, access")
        #expect(!html.contains("style="), "colours are attributes, which a strict Content-Security-Policy allows")
        let hostChart = String(html.split(separator: "<svg ")[1].split(separator: "</svg>")[0])
        #expect(hostChart.contains(">Places</text>") && hostChart.contains(">First choice</text>"), "a legend")
        #expect(hostChart.contains(">6</text>"), "Maison A's six first choices written beside its bar")
        #expect(hostChart.contains("&lt;script&gt;"))
    }

    @Test(arguments: [Language.french, .dutch, .english])
    func everyLanguageRendersEverySection(_ language: Language) {
        let html = Self.html(language)
        #expect(html.contains("lang=\"\(language.code)\""))
        #expect(html.components(separatedBy: "<h3>").count - 1 == 7)
        #expect(!html.contains("{{"), "no word left unrendered")
    }

    @Test func anEmptyWeekSaysThatNothingIsOversubscribedOrUnchosen() {
        let input = PlanningInput(event: Event(name: "Vide"), hosts: [], sessions: [], visitors: [])
        let html = SupplyDemandPage.html(SupplyDemand(input: input), input: input, language: "nl")
        #expect(html.contains("Geen enkele organisatie heeft meer mensen die er mogen komen dan plaatsen."))
        #expect(html.contains("Elke sessie werd door minstens één bezoeker gekozen."))
    }
}
