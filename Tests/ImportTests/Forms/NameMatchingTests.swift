import Scheduling
import Testing
@testable import Import

/// Names typed with accents, case and small typos are matched to ids when one candidate is clearly best,
/// and never chosen among close candidates.
@Suite("name matching")
struct NameMatchingTests {
    let matcher = NameMatcher([
        ("H001", "Maison médicale Le Noyer"), ("H002", "Maison médicale Les Tilleuls"),
        ("H003", "Service de santé mentale La Passerelle"), ("H004", "Sociaal Huis Het Zeil"),
    ])

    @Test func idsAndFoldedNamesAreExact() {
        #expect(matcher.match("H003") == .exact(id: "H003"))
        #expect(matcher.match("h003") == .exact(id: "H003"))
        #expect(matcher.match("MAISON MEDICALE LE NOYER") == .exact(id: "H001"))
        #expect(matcher.match("sociaal huis het zeil.") == .exact(id: "H004"))
    }

    @Test func aClearlyBestNameIsTaken() {
        #expect(matcher.match("Maison medicale Le Noyeer") == .close(id: "H001", name: "Maison médicale Le Noyer"))
        #expect(matcher.match("La Passerelle") == .close(id: "H003", name: "Service de santé mentale La Passerelle"))
    }

    @Test func closeCandidatesAreNeverChosenBetween() {
        #expect(matcher.match("Maison médicale") == .ambiguous(names: ["Maison médicale Le Noyer",
                                                                        "Maison médicale Les Tilleuls"]))
    }

    @Test func nothingCloseListsTheNearest() {
        guard case .none(let nearest) = matcher.match("Huis Nergens") else {
            Issue.record("a name that is no host was matched")
            return
        }
        #expect(nearest == ["Sociaal Huis Het Zeil"])
    }

    @Test func aHostWithADayAndTimeNamesOneOfItsSessions() throws {
        let date = try #require(LocalDate(iso: "2025-11-04"))
        let resolver = ChoiceResolver(hosts: [("H001", "Maison médicale Le Noyer"), ("H002", "Sociaal Huis Het Zeil")],
                                      sessions: [
                                          .init(id: "S1", hostID: "H001", date: date, start: TimeOfDay(hhmm: "09:30")!, title: nil),
                                          .init(id: "S2", hostID: "H001", date: date, start: TimeOfDay(hhmm: "14:00")!, title: nil),
                                      ])
        #expect(try resolver.resolve("Maison médicale Le Noyer – mardi 4/11 14h").id == "S2")
        #expect(try resolver.resolve("Maison medicale le noyer (9h30)").id == "S1")
        #expect(try resolver.resolve("sociaal huis het zeil").id == "H002")
        #expect(throws: ValueProblem.self) { try resolver.resolve("Maison médicale Le Noyer – mardi 4/11 11h") }
    }
}
