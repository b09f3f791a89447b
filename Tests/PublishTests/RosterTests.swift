import Scheduling
import Testing
@testable import Publish

/// Host rosters in Markdown and CSV.
@Suite struct RosterTests {
    @Test func frenchRosterMatchesGolden() {
        Golden.expect(RosterMarkdown.render(Fixture.roster("H001"), input: Fixture.input), matches: "roster-fr.md")
    }

    @Test func dutchRosterMatchesGolden() {
        Golden.expect(RosterMarkdown.render(Fixture.roster("H002"), input: Fixture.input), matches: "roster-nl.md")
    }

    @Test func englishRosterMatchesGolden() {
        Golden.expect(RosterMarkdown.render(Fixture.roster("H003"), input: Fixture.input), matches: "roster-en.md")
    }

    @Test func cancelledSessionSaysSoAndListsNobody() {
        let text = RosterMarkdown.render(Fixture.roster("H001"), input: Fixture.input)
        #expect(text.contains("- Statut : **annulée**"))
        #expect(text.contains("**Session annulée** : aucun visiteur n'y a été attribué (il en fallait au moins 2)."))
    }

    @Test func tableCellsEscapePipesAndFoldLineBreaks() {
        let text = RosterMarkdown.render(Fixture.roster("H001"), input: Fixture.input)
        #expect(text.contains("| Martin \\| Test | Chloé | Asbl \"Le Pont\", Bruxelles | coordinatrice terrain |"))
    }

    @Test func csvQuotesSemicolonsQuotesAndLineBreaksAndEndsLinesWithCRLF() {
        let csv = RosterCSV.render(Fixture.roster("H001"))
        #expect(csv.hasPrefix("\u{FEFF}session;date;début;fin;formule;nom;prénom;organisation;fonction;langues;e-mail;téléphone\r\n"))
        #expect(csv.contains(
            "S0001;2025-11-04;09:30;11:30;visite;Martin | Test;Chloé;\"Asbl \"\"Le Pont\"\", Bruxelles\";\"coordinatrice\nterrain\";français, anglais;chloe_martin@example.org;\t+32 2 000 00 04\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.contains("S0003"), "a session without visitors has no row")
    }

    @Test func headerFollowsTheHostsLanguage() {
        #expect(RosterCSV.render(Fixture.roster("H002")).hasPrefix("\u{FEFF}sessie;datum;begin;einde;formule;achternaam;"))
        #expect(RosterCSV.render(Fixture.roster("H003")).hasPrefix("\u{FEFF}session;date;start;end;kind;last name;"))
    }
}
