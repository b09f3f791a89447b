import Scheduling
import Testing
@testable import Publish

/// The word tables behind every output (pages, Markdown, CSV, mails, calendars, the index, the
/// report, the reasons, the workspace's pages, its supply and demand and its comparison of plans): the same keys in every language, no key in two tables, and every
/// partial a layout or a phrase names exists.
@Suite struct WordingTests {
    /// Every word table, by name.
    static func tables() -> [(name: String, of: (OutputLanguage) -> [String: String])] {
        [("PageWording", PageWording.of), ("TeamWording", TeamWording.of),
         ("ChangeWording", ChangeWording.of), ("ReasonWording", ReasonWording.of),
         ("SupplyDemandWording", SupplyDemandWording.of), ("VariantWording", VariantWording.of),
         ("WorkspaceWording", WorkspaceWording.of)]
    }

    @Test(arguments: OutputLanguage.allCases)
    func everyLanguageHasTheSameWords(_ language: OutputLanguage) {
        for table in Self.tables() {
            let missing = Set(table.of(.french).keys).subtracting(table.of(language).keys)
            let extra = Set(table.of(language).keys).subtracting(table.of(.french).keys)
            #expect(missing.isEmpty && extra.isEmpty, "\(table.name) \(language): missing \(missing.sorted()), extra \(extra.sorted())")
        }
        #expect(Set(LanguageNames.of(language).keys) == Set(LanguageNames.french.keys), "\(language)")
    }

    @Test(arguments: OutputLanguage.allCases)
    func noWordIsInTwoTablesOrNamedLikeALayout(_ language: OutputLanguage) {
        var seen = Set(PageLibrary.layouts.keys)
        for table in Self.tables() {
            let keys = Set(table.of(language).keys)
            #expect(keys.isDisjoint(with: seen), "\(table.name): \(keys.intersection(seen).sorted())")
            seen.formUnion(keys)
        }
    }

    /// Mustache renders a partial it does not know as nothing, so a misspelt name would silently
    /// drop a sentence from what people read.
    @Test(arguments: OutputLanguage.allCases)
    func everyPartialNamedExists(_ language: OutputLanguage) {
        let words = PageLibrary.words(language)
        let known = Set(PageLibrary.layouts.keys).union(words.keys)
        for (key, text) in PageLibrary.layouts.merging(words, uniquingKeysWith: { a, _ in a }) {
            for match in text.matches(of: /\{\{>\s*([A-Za-z0-9_]+)\s*\}\}/) {
                #expect(known.contains(String(match.1)), "\(key) (\(language)) names \(match.1)")
            }
        }
    }

    /// The workspace's fragments keep their words apart: each key of their tables starts with its prefix.
    @Test(arguments: OutputLanguage.allCases)
    func workspaceWordsCarryTheirPrefix(_ language: OutputLanguage) {
        #expect(SupplyDemandWording.of(language).keys.allSatisfy { $0.hasPrefix("sd") })
        #expect(VariantWording.of(language).keys.allSatisfy { $0.hasPrefix("va") })
        #expect(WorkspaceWording.of(language).keys.allSatisfy { $0.hasPrefix("ws") })
    }

    /// A criterion has one name, in `tierName`: the report's status, the variants and the planning's
    /// lines all say it with those words.
    @Test(arguments: OutputLanguage.allCases)
    func aCriterionIsNamedTheSameEverywhere(_ language: OutputLanguage) {
        let library = PageLibrary.of(language)
        for tier in ObjectiveTier.allCases {
            let name = library.line("tierName", tier.wordingKeys)
            #expect(!name.isEmpty, "\(tier) (\(language))")
            let report = library.line("reportStatus", ["statusOptimal": true, "objectives": [tier.wordingKeys]])
            let variant = library.line("vaObjective", ["tiers": [tier.wordingKeys]])
            let line = library.line("wsPlanTier", tier.wordingKeys.merging(["value": 3, "bound": 3]) { _, new in new })
            #expect(report.contains(name + "."), "\(report)")
            #expect(variant.hasSuffix(name), "\(variant)")
            #expect(line.hasPrefix(name), "\(line)")
        }
    }
}
