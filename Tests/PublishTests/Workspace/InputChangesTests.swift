import Scheduling
import Testing
@testable import Publish

/// What changed in the week's files since the sent plan, one line per change, in the page's language.
@Suite struct InputChangesTests {
    static func changed(_ edit: (inout [Visitor], inout [Session], inout [Pin]) -> Void) -> PlanningInput {
        let base = Fixture.input
        var visitors = base.visitors, sessions = base.sessions, pins = base.pins
        edit(&visitors, &sessions, &pins)
        return PlanningInput(event: base.event, hosts: base.hosts, sessions: sessions, visitors: visitors, pins: pins)
    }

    @Test func nothingChangedSaysNothing() {
        #expect(InputChanges.lines(from: Fixture.input, to: Fixture.input, language: "en").isEmpty)
    }

    @Test func eachChangeIsOneLineWithItsIdsAndNames() {
        let now = Self.changed { visitors, sessions, pins in
            visitors[0].cancelled = true
            visitors.removeLast()
            sessions[0].capacity += 2
            sessions[2].cancelled = true
            pins.append(Pin(visitorID: visitors[1].id, target: .session(sessions[1].id), assigns: true))
        }
        let lines = InputChanges.lines(from: Fixture.input, to: now, language: "en")
        let gone = Fixture.input.visitors.last!
        #expect(lines.contains("Amélie Dupont (V001) withdrew"))
        #expect(lines.contains("\(gone.fullName) (\(gone.id)) is no longer in the files"))
        #expect(lines.contains("Session S0001 (Maison médicale Les Tilleuls): 5 → 7 places"))
        #expect(lines.contains("Session S0003 (Maison médicale Les Tilleuls) called off"))
        #expect(lines.contains("The team's pins changed (\(Fixture.input.pins.count) → \(Fixture.input.pins.count + 1))"))
        #expect(lines.count == 5)
        let french = InputChanges.lines(from: Fixture.input, to: now, language: "fr")
        #expect(french.contains("Amélie Dupont (V001) s'est désisté·e"))
        #expect(french.contains("Plage S0001 (Maison médicale Les Tilleuls) : 5 → 7 places"))
    }

    @Test func aNameIsTextNotMarkup() {
        let now = Self.changed { visitors, _, _ in
            visitors[0].firstName = "<b>Amélie</b>"
            visitors[0].cancelled = true
        }
        // Plain text: the page escapes it where it inserts it.
        #expect(InputChanges.lines(from: Fixture.input, to: now, language: "en").first == "<b>Amélie</b> Dupont (V001) withdrew")
    }
}
