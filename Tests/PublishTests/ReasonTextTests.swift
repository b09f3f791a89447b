import Scheduling
import Testing
@testable import Publish

/// The reason sentences in every language and case.
@Suite struct ReasonTextTests {
    let input = Fixture.input

    @Test func noEligibleChoiceNamesEachChoiceItsHostAndTheFix() {
        let reason = UnassignedReason.noEligibleChoice([
            ChoiceObstacle(choice: "H003", reasons: [.noCommonLanguage]),
            ChoiceObstacle(choice: "S0001", reasons: [.notAvailable]),
        ])
        #expect(ReasonText.text(reason, in: .english, input: input) == """
            None of the ranked choices is possible: H003 Brussels Outreach Point (no common language), \
            S0001 at Maison médicale Les Tilleuls (outside availability). \
            Add a language, widen availability or choose other hosts.
            """)
        #expect(ReasonText.text(reason, in: .french, input: input) == """
            Aucun des choix classés n'est possible : H003 Brussels Outreach Point (aucune langue commune), \
            S0001 chez Maison médicale Les Tilleuls (en dehors des disponibilités). \
            Ajoutez une langue, élargissez les disponibilités ou choisissez d'autres structures d'accueil.
            """)
        #expect(ReasonText.text(reason, in: .dutch, input: input) == """
            Geen enkele gerangschikte keuze is mogelijk: H003 Brussels Outreach Point (geen gemeenschappelijke taal), \
            S0001 bij Maison médicale Les Tilleuls (buiten de beschikbaarheid). \
            Voeg een taal toe, ruim de beschikbaarheid uit of kies andere gastorganisaties.
            """)
    }

    @Test func withoutTheInputTheReasonNamesIdsOnly() {
        let reason = UnassignedReason.choicesTaken([
            TakenSession(sessionID: "S0001", state: .full(capacity: 5)),
            TakenSession(sessionID: "S0007", state: .cancelled(minVisitors: 2)),
        ])
        #expect(ReasonText.text(reason, in: .english) == """
            Every possible choice was taken: S0001 (full, 5 places), S0007 (cancelled: fewer than 2 visitors). \
            Choosing less requested hosts or accepting suggestions would help.
            """)
    }

    @Test func adviceFollowsTheObstacles() {
        let owns = UnassignedReason.noEligibleChoice([
            ChoiceObstacle(choice: "H002", reasons: [.ownOrganization, .notAccessible]),
        ])
        #expect(ReasonText.text(owns, in: .english, input: input) == """
            None of the ranked choices is possible: H002 Wijkgezondheidscentrum De Brug \
            (own organization, not wheelchair accessible). Choose other hosts.
            """)
        let time = UnassignedReason.noEligibleChoice([ChoiceObstacle(choice: "S0002", reasons: [.notAvailable])])
        #expect(ReasonText.text(time, in: .dutch, input: input).hasSuffix(
            "Ruim de beschikbaarheid uit of kies andere gastorganisaties."))
    }

    @Test func singularPlaceAndUnusedPlacesAreWordedRight() {
        let reason = UnassignedReason.choicesTaken([
            TakenSession(sessionID: "S0005", state: .full(capacity: 1)),
            TakenSession(sessionID: "S0004", state: .leftUnused),
        ])
        #expect(ReasonText.text(reason, in: .french, input: input) == """
            Tous les choix possibles étaient déjà pris : S0005 chez Wijkgezondheidscentrum De Brug (complet, 1 place), \
            S0004 chez Wijkgezondheidscentrum De Brug (places laissées libres par le plan). \
            Choisir des structures d'accueil moins demandées ou accepter les suggestions augmenterait les chances. \
            Il reste des places libres : l'équipe peut encore y inscrire cette personne manuellement.
            """)
    }

    @Test func everyCaseHasASentenceInEveryLanguage() {
        let reasons: [UnassignedReason] = [
            .noVisitsAllowed, .noChoices, .noSuggestionLeft, .noEligibleChoice([]),
            .choicesTaken([TakenSession(sessionID: "S0001", state: .full(capacity: 5))]),
        ]
        for reason in reasons {
            for language: Language in ["fr", "nl", "en"] {
                let text = ReasonText.text(reason, in: language, input: input)
                #expect(text.hasSuffix("."), "\(reason) in \(language): \(text)")
                #expect(!text.contains("{{") && !text.contains("\n"))
            }
        }
        #expect(ReasonText.text(.noChoices, in: .english, input: input)
            .hasPrefix("No choices given and not open to suggestions."))
    }

    @Test func otherLanguagesFallBackToEnglish() {
        #expect(ReasonText.text(.noChoices, in: "de", input: input)
            == ReasonText.text(.noChoices, in: .english, input: input))
    }
}
