import Testing
@testable import Import

@Suite("closest id")
struct IdSuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(IdSuggestion.distance("kitten", "sitting") == 3)
        #expect(IdSuggestion.distance("", "abc") == 3)
        #expect(IdSuggestion.distance("H001", "H001") == 0)
    }

    @Test func closestIgnoresCaseAndPrefersTheNearestThenAlphabetical() {
        #expect(IdSuggestion.closest(to: "h001", among: ["H002", "H001", "S0001"]) == "H001")
        #expect(IdSuggestion.closest(to: "H009", among: ["H008", "H007"]) == "H007")
        #expect(IdSuggestion.closest(to: "completely-else", among: ["H001"]) == nil)
    }
}
