import Foundation
import Scheduling
import Testing
@testable import Import

/// event.yaml changed one key at a time: every other line and comment kept as the team wrote it,
/// and a result that would not read refused.
@Suite struct EventFileEditTests {
    static let event = """
        # Portes Ouvertes, automne
        name: Le Grand Bain            # required
        max_choices: 5
        default_max_visits: 2          # the team's usual rule
        objective:
          - coverage   # first
          - preference
          - mix

        # who answers questions
        contact:
          email: portesouvertes@example.org

        """

    static func edited(_ key: String, _ value: EventFileEdit.Value, in text: String = event) throws -> EventFileEdit {
        var edit = try EventFileEdit(Data(text.utf8))
        try edit.set(key, to: value)
        return edit
    }

    @Test func aScalarIsReplacedAndItsCommentKept() throws {
        let edit = try Self.edited("default_max_visits", .number(1))
        #expect(edit.text == Self.event.replacingOccurrences(of: "default_max_visits: 2          #",
                                                             with: "default_max_visits: 1          #"))
        #expect(try edit.event().defaultMaxVisits == 1)
        #expect(try edit.event().maxChoices == 5)
    }

    @Test func aBlockListBecomesAFlowListAndWhatFollowsStays() throws {
        let edit = try Self.edited("objective", .words(["mix", "coverage"]))
        #expect(edit.text == """
            # Portes Ouvertes, automne
            name: Le Grand Bain            # required
            max_choices: 5
            default_max_visits: 2          # the team's usual rule
            objective: [mix, coverage]

            # who answers questions
            contact:
              email: portesouvertes@example.org

            """)
        let event = try edit.event()
        #expect(event.objective == [.mix, .coverage])
        #expect(event.contact?.email == "portesouvertes@example.org")
    }

    @Test func aListAtTheKeysOwnIndentationIsReplacedToo() throws {
        let text = "name: X\nobjective:\n- coverage\n- mix\nmax_choices: 3\n"
        let edit = try Self.edited("objective", .words(["preference"]), in: text)
        #expect(edit.text == "name: X\nobjective: [preference]\nmax_choices: 3\n")
    }

    @Test func aMissingKeyIsAddedAtTheEndInTheFilesLineEndings() throws {
        let edit = try Self.edited("objective", .words(["coverage"]))
        let added = try Self.edited("objective", .words(["priority", "coverage"]),
                                    in: edit.text.replacingOccurrences(of: "objective: [coverage]\n", with: ""))
        #expect(added.text.hasPrefix(Self.event.prefix(60)))
        #expect(added.text.hasSuffix("  email: portesouvertes@example.org\nobjective: [priority, coverage]\n"))
        let crlf = try Self.edited("default_max_visits", .number(3), in: "\u{FEFF}name: X\r\nbassin: Nord")
        #expect(crlf.text == "\u{FEFF}name: X\r\nbassin: Nord\r\ndefault_max_visits: 3\r\n")
        #expect(try crlf.event().bassin == "Nord")
        let first = try Self.edited("max_choices", .number(2), in: "\u{FEFF}max_choices: 4\r\nname: X\r\n")
        #expect(first.text == "\u{FEFF}max_choices: 2\r\nname: X\r\n")
    }

    @Test func everyCommentAndOtherLineIsKept() throws {
        let edit = try Self.edited("objective", .words(["coverage", "mix"]))
        for line in Self.event.split(separator: "\n") where !line.hasPrefix("objective") && !line.hasPrefix("  -") {
            #expect(edit.text.contains(line + "\n"), "\(line)")
        }
        #expect(!edit.text.contains("preference"))
    }

    @Test func aKeyNamedInsideAnotherValueIsNotTouched() throws {
        let text = "name: \"objective: none\"\ncontact:\n  name: objective\n"
        let edit = try Self.edited("objective", .words(["mix"]), in: text)
        #expect(edit.text == text + "objective: [mix]\n")
    }

    @Test func aResultThatDoesNotReadIsRefusedAndNothingChanges() throws {
        var edit = try EventFileEdit(Data(Self.event.utf8))
        #expect(throws: EventFileEdit.Refusal.self) { try edit.set("objective", to: .words(["coverage", "coverage"])) }
        #expect(throws: EventFileEdit.Refusal.self) { try edit.set("objective", to: .words(["keep"])) }
        #expect(throws: EventFileEdit.Refusal.self) { try edit.set("default_max_visits", to: .number(101)) }
        #expect(throws: EventFileEdit.Refusal.self) { try edit.set("objective", to: .words(["a b"])) }
        #expect(throws: EventFileEdit.Refusal.self) { try edit.set("Name", to: .number(1)) }
        #expect(edit.text == Self.event)
        var broken = try EventFileEdit(Data("name: X\nobjective: [coverage\n".utf8))
        #expect(throws: EventFileEdit.Refusal.self) { try broken.set("max_choices", to: .number(3)) }
        #expect(throws: EventFileEdit.Refusal.self) { try EventFileEdit(Data([0xFF, 0xFE, 0x00])) }
    }
}
