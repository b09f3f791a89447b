import Foundation
import Testing
@testable import Import

/// Which column is which in the exports of Microsoft Forms and Google Forms: the forms' own columns are not
/// answers, a host's name comes from a question about the service, and a missing choice column is said.
@Suite("form layouts")
struct FormLayoutTests {
    /// A one-sheet table with `headers` and one row of `values`.
    func table(_ headers: [String], _ values: [String], file: String = "form.xlsx") -> SourceTable {
        let record = { (line: Int, texts: [String]) in
            CSVTable.Record(line: line, fields: texts.enumerated().map { .init(text: $1, line: line, column: $0 + 1) })
        }
        return SourceTable(file: file, sheet: "Form1", table: CSVTable(records: [record(1, headers), record(2, values)],
                                                                       sheet: "Form1"))
    }

    @Test func microsoftsRespondentNameIsNeverTheHostsName() {
        var diagnostics: [Diagnostic] = []
        let source = table(["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                            "Heure de la dernière modification", "Nom de votre service", "Langues"],
                           ["1", "", "", "anonymous", "", "", "Maison Alpha", "FR"])
        let roles = ColumnRoles(source, kind: .hosts, mapping: ColumnMapping(), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(roles.fields["name"] == 6)
        #expect(roles.extras.isEmpty, "the form's own columns are left out without a word")
    }

    @Test func twoQuestionsThatAreEquallyTheNameAreAnErrorListingThem() {
        var diagnostics: [Diagnostic] = []
        // A bilingual form that asks the name twice; Google's own column is not a candidate.
        let source = table(["Horodateur", "Naam", "Name", "Langues"],
                           ["20/10/2025 10:00:00", "Huis Alpha", "Alpha House", "FR"])
        _ = ColumnRoles(source, kind: .hosts, mapping: ColumnMapping(), diagnostics: &diagnostics)
        #expect(diagnostics.map(\.description) == ["form.xlsx:Form1!1:1: error: the columns 'Naam' or "
            + "'Name' could all be name; say which one in columns.yaml (hosts: name: NAME)"])
    }

    @Test func aVisitorsTableWithoutChoicesIsAWarningThatSaysWhatWasLookedFor() {
        var diagnostics: [Diagnostic] = []
        let source = table(["Horodateur", "Adresse e-mail", "Prénom", "Nom", "Langues", "Vos préférences"],
                           ["20/10/2025 10:00:00", "ann@example.org", "Ann", "Example", "FR", "Maison Alpha"],
                           file: "inscriptions.xlsx")
        let roles = ColumnRoles(source, kind: .visitors, mapping: ColumnMapping(), diagnostics: &diagnostics)
        #expect(roles.fields["registered_at"] == 0)
        #expect(roles.fields["email"] == 1)
        #expect(diagnostics.map(\.description) == ["inscriptions.xlsx:Form1!1:1: warning: no column of this visitors "
            + "table gives choices, so visitors can only be given suggestions; po-plan looked for ranked columns "
            + "('Choix 1' … 'Choix 5', 'Keuze 1', 'Choix [1er choix]'), one column listing them ('Choix', 'Keuzes', "
            + "'Vos choix') and a ranking question ('Classez …', 'Rangschik …', 'Rank …'); say which columns hold "
            + "them in columns.yaml (visitors: choices: [...])"])
    }

    @Test func aMicrosoftRankingQuestionIsTheListOfChoices() {
        var diagnostics: [Diagnostic] = []
        let source = table(["ID", "Start time", "Completion time", "Email", "Name", "First name", "Last name",
                            "E-mail address", "Languages", "Classez les structures que vous aimeriez visiter"],
                           ["1", "", "", "", "", "Ann", "Example", "ann@example.org", "EN", "A;B;"])
        let roles = ColumnRoles(source, kind: .visitors, mapping: ColumnMapping(), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(roles.fields["choices"] == 9)
        #expect(roles.fields["registered_at"] == 2)
        #expect(roles.fields["last_name"] == 6)
    }
}
