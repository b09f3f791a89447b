import Foundation
import Scheduling
import Testing
@testable import Import

/// The columns of the team's decisions and the week's changes (contract §1): pins.csv, `cancelled`,
/// `group`, `priority`, `max_visitors_per_day`, and event.yaml's `contact`.
@Suite("decisions and changes")
struct DecisionColumnTests {
    private let visitors = """
        visitor_id,first_name,last_name,email,languages,choices,cancelled,group,priority,max_visits
        V1,Ann,Example,ann@example.org,fr,H1;S2,,duo,yes,
        V2,Bob,Example,bob@example.org,nl,S2,no,duo,,
        V3,Cleo,Example,cleo@example.org,fr,H1,oui,,,
        V4,Dirk,Example,dirk@example.org,fr,H1,,,,0

        """

    private func reading(pins: String?, sessions: String? = nil) throws -> InputReading {
        var files: [String: String?] = ["visitors.csv": visitors, "pins.csv": pins]
        if let sessions { files["sessions.csv"] = sessions }
        return try TestFolder.valid(replacing: files).read()
    }

    @Test func readsCancelledGroupPriorityAndTheDailyLimit() throws {
        let folder = try TestFolder.valid(replacing: [
            "visitors.csv": visitors,
            "hosts.csv": "host_id,name,languages,max_visitors_per_day\nH1,Maison A,fr,8\nH2,Huis B,nl;fr,\n",
            "sessions.csv": "session_id,host_id,date,start,end,capacity,cancelled\nS1,H1,2025-11-05,10:00,12:00,4,ja\n"
                + "S2,H2,2025-11-05,14:00,16:00,3,\n",
        ])
        let input = try #require(folder.read().input)
        #expect(input.visitors.map(\.cancelled) == [false, false, true, false])
        #expect(input.visitors.map(\.group) == ["duo", "duo", nil, nil])
        #expect(input.visitors.map(\.priority) == [true, false, false, false])
        #expect(input.hosts.map(\.maxVisitorsPerDay) == [8, nil])
        #expect(input.sessions.map(\.cancelled) == [true, false])
        // Nobody states the objective and V1 has priority: priority comes first.
        #expect(input.event.objective == [.priority, .coverage, .preference, .mix])
    }

    @Test func aDailyLimitBelowOneIsAnError() throws {
        let reading = try TestFolder.valid(replacing: [
            "hosts.csv": "host_id,name,languages,max_visitors_per_day\nH1,Maison A,fr,0\nH2,Huis B,nl;fr,\n",
        ]).read()
        #expect(reading.errorLines == ["hosts.csv:2:4: error: max_visitors_per_day must be a whole number ≥ 1, found '0'"])
    }

    @Test func readsValidPins() throws {
        let reading = try reading(pins: """
            visitor_id,session_id,host_id,pin,note
            V1,S1,,yes,promised
            V2,,H1,no,conflict of interest

            """)
        #expect(reading.errorLines == [])
        let input = try #require(reading.input)
        #expect(input.pins == [
            Pin(visitorID: "V1", target: .session("S1"), assigns: true, note: "promised", line: 2),
            Pin(visitorID: "V2", target: .host("H1"), assigns: false, note: "conflict of interest", line: 3),
        ])
    }

    @Test func everyBadPinIsALocatedError() throws {
        let reading = try reading(pins: """
            visitor_id,session_id,host_id,pin
            V9,S1,,yes
            V1,S9,,yes
            V1,,H9,no
            V1,S1,H1,no
            V1,,,yes
            V2,,H1,yes
            V1,S2,,yes
            V1,S2,,yes
            V2,S2,,no
            V2,S2,,yes
            V3,S1,,yes
            V4,S1,,yes
            V1,S1,,maybe

            """)
        #expect(reading.errorLines == [
            "pins.csv:2:1: error: visitor_id 'V9' is not a visitor_id of visitors.csv; did you mean 'V1'?",
            "pins.csv:3:2: error: session_id 'S9' is not a session_id of sessions.csv; did you mean 'S1'?",
            "pins.csv:4:3: error: host_id 'H9' is not a host_id of hosts.csv; did you mean 'H1'?",
            "pins.csv:5:3: error: the pin names both session_id 'S1' and host_id 'H1'; give one of the two, on two rows if both are meant",
            "pins.csv:6:2: error: the pin names neither a session_id nor a host_id; give one of the two",
            "pins.csv:7:3: error: a yes pin names a session, not host 'H1': give the session_id the visitor gets (a host can only be ruled out, with pin no)",
            "pins.csv:9:1: error: V1 and 'S2' are pinned twice; the first pin is on line 8",
            "pins.csv:11:1: error: this pin contradicts the one on line 10: V2 and 'S2' cannot be both yes and no",
            "pins.csv:12:4: error: visitor 'V3' withdrew (cancelled in visitors.csv, line 4) and cannot be pinned to a session",
            "pins.csv:13:4: error: visitor 'V4' has max_visits 0 (visitors.csv, line 5) and cannot be pinned to a session",
            "pins.csv:14:4: error: pin must be yes or no (also true/false, 1/0, oui/non, ja/nee), found 'maybe'",
        ])
    }

    @Test func aYesPinOnACalledOffSessionOrAgainstANoPinOnItsHostIsAnError() throws {
        let reading = try reading(pins: """
            visitor_id,session_id,host_id,pin
            V1,S1,,yes
            V2,,H2,no
            V2,S2,,yes

            """, sessions: "session_id,host_id,date,start,end,capacity,cancelled\nS1,H1,2025-11-05,10:00,12:00,4,yes\n"
                + "S2,H2,2025-11-05,14:00,16:00,3,\n")
        #expect(reading.errorLines == [
            "pins.csv:2:2: error: session 'S1' is called off (cancelled in sessions.csv, line 2); nobody can be pinned to it",
            "pins.csv:4: error: this pin contradicts the one on line 3: V2 is pinned to session 'S2' of host 'H2' and ruled out of that host",
        ])
    }

    @Test func theTeamContactIsRead() throws {
        let folder = try TestFolder.valid(replacing: ["event.yaml": """
            name: Test event
            contact:
              name: Équipe du bassin
              email: portesouvertes@example.org
              phone: +32 2 000 00 00

            """])
        let event = try #require(folder.read().input).event
        #expect(event.contact == Contact(name: "Équipe du bassin", email: "portesouvertes@example.org", phone: "+32 2 000 00 00"))
    }

    @Test func aContactThatIsNotAnAddressIsAnError() throws {
        let reading = try TestFolder.valid(replacing: ["event.yaml": "name: Test event\ncontact:\n  email: team at example\n"]).read()
        #expect(reading.errorLines == [
            "event.yaml:3:10: error: contact.email must be one e-mail address like portesouvertes@example.org, found 'team at example'",
        ])
    }

    @Test func keepCannotBeStatedInEventYAML() throws {
        let reading = try TestFolder.valid(replacing: ["event.yaml": "name: Test event\nobjective: [keep, coverage]\n"]).read()
        #expect(reading.errorLines.count == 1)
        #expect(reading.errorLines.first?.hasSuffix("found 'keep'; keep comes first by itself when you plan with --previous") == true)
    }
}
