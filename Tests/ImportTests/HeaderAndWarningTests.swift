import Foundation
import Testing
import Import

@Suite("headers and helpful warnings")
struct HeaderAndWarningTests {
    @Test func duplicateKnownHeaderIsAnError() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages,name\nH1,A,fr,A\nH2,B,nl,B\n"]).read()
        #expect(r.errorLines == ["hosts.csv:1:4: error: column 'name' appears twice, in fields 2 and 4; keep only one"])
    }

    @Test func unknownColumnsAreIgnoredButATypoIsPointedOut() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages,website,acessible\nH1,A,fr,x,yes\nH2,B,nl,y,no\n"]).read()
        #expect(r.errors == [])
        #expect(r.warnings.map(\.description) == [
            "hosts.csv:1:5: warning: column 'acessible' is not a known column and is ignored; did you mean 'accessible'?",
        ])
    }

    @Test func rowWithMoreValuesThanTheHeaderIsAnError() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages\nH1,Maison A, Bruxelles,fr\nH2,B,nl\n"]).read()
        #expect(r.has("hosts.csv:2:4: error: this row has 4 values but the header has 3 columns"))
    }

    @Test func blankRowsAreSkipped() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages\nH1,A,fr\n\n,,\nH2,B,nl\n"]).read()
        #expect(r.diagnostics == [])
        #expect(r.input?.hosts.count == 2)
    }

    @Test func blankLinesBeforeTheHeaderAreSkipped() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "\n,,\nhost_id,name\nH1,A\nH2,B\n"]).read()
        #expect(r.errorLines == ["hosts.csv:3: error: required column 'languages' is missing; the header has 'host_id', 'name'"])
    }

    @Test func emptyFileIsOneError() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": "\n"]).read()
        #expect(r.errorLines == [
            "sessions.csv: error: the file is empty; its first line must name the columns, at least session_id, host_id, date, start, end, capacity",
        ])
    }

    @Test func sessionInALanguageNoVisitorSpeaksIsAWarning() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity,languages
            S1,H1,2025-11-05,10:00,12:00,4,de
            S2,H2,2025-11-05,14:00,16:00,3,

            """]).read()
        #expect(r.errors == [])
        #expect(r.warnings.map(\.description) == [
            "sessions.csv:2:7: warning: session S1 is given in de, which no visitor speaks, so nobody can be assigned to it",
        ])
    }

    @Test func hostWithoutSessionsAndChoicesOfItAreWarnings() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages\nH1,A,fr\nH2,B,nl;fr\nH3,C,fr\n",
                                                 "visitors.csv": """
            visitor_id,first_name,last_name,email,languages,choices
            V1,Ann,Example,ann@example.org,fr,H3;S1

            """]).read()
        #expect(r.errors == [])
        #expect(r.warnings.map(\.description) == [
            "hosts.csv:4:1: warning: host H3 has no session in sessions.csv, so nobody can visit it",
            "visitors.csv:2:6: warning: choices: host 'H3' has no session in sessions.csv, so this choice can never be given",
        ])
    }

    @Test func choiceAtTheVisitorsOwnOrganizationIsAWarning() throws {
        let r = try TestFolder.valid(replacing: ["visitors.csv": """
            visitor_id,first_name,last_name,email,languages,choices,organization
            V1,Ann,Example,ann@example.org,fr,S1;H2, maison  a

            """]).read()
        #expect(r.warnings.map(\.description) == [
            "visitors.csv:2:6: warning: choices: 'S1' is at a host of the visitor's own organization, where visitors are never sent, so this choice can never be given",
        ])
    }

    @Test func sessionIdThatIsAlsoAHostIdIsAnError() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity
            H1,H1,2025-11-05,10:00,12:00,4
            S2,H2,2025-11-05,14:00,16:00,3

            """]).read()
        #expect(r.has("sessions.csv:2:1: error: session_id 'H1' is also a host_id in hosts.csv"))
    }

    @Test func diagnosticsAreSortedByFileLineAndColumn() throws {
        let r = try TestFolder.valid(replacing: [
            "visitors.csv": "visitor_id,first_name,last_name,email,languages\nV1,,,x,zz\n",
            "hosts.csv": "host_id,name,languages\nH1,,fr\nH2,B,\n",
        ]).read()
        let keys = r.diagnostics.map { [$0.file, String($0.line ?? 0), String($0.column ?? 0)] }
        #expect(keys == keys.sorted { ($0[0], Int($0[1])!, Int($0[2])!) < ($1[0], Int($1[1])!, Int($1[2])!) })
        #expect(r.errors.count == 5)
        #expect(r.has("visitors.csv:2:5: warning: languages: 'zz' is not an ISO 639-1 language code"))
    }
}
