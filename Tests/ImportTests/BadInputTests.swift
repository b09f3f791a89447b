import Foundation
import Testing
import Import

@Suite("bad input")
struct BadInputTests {
    @Test func theValidTestFolderReads() throws {
        let reading = try TestFolder.valid(replacing: [:]).read()
        #expect(reading.diagnostics == [])
        #expect(reading.input?.visitors.count == 2)
    }

    @Test func missingRequiredColumnIsOneErrorAtLineOne() throws {
        let reading = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name\nH1,Maison A\nH2,Huis B\n"]).read()
        #expect(reading.errorLines == [
            "hosts.csv:1: error: required column 'languages' is missing; the header has 'host_id', 'name'",
        ])
        #expect(reading.input == nil)
    }

    @Test func missingColumnWithATypoSuggestsIt() throws {
        let reading = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,langauges\nH1,A,fr\nH2,B,nl\n"]).read()
        #expect(reading.has("hosts.csv:1: error: required column 'languages' is missing (is 'langauges' meant to be it?)"))
    }

    @Test func choiceNamingAnUnknownIdIsAnErrorWithTheClosestId() throws {
        let reading = try TestFolder.valid(replacing: ["visitors.csv": """
            visitor_id,first_name,last_name,email,languages,choices
            V1,Ann,Example,ann@example.org,fr,H1;H7;S2

            """]).read()
        #expect(reading.errorLines == [
            "visitors.csv:2:6: error: choices: 'H7' is neither a host_id of hosts.csv nor a session_id of sessions.csv; did you mean 'H1'?",
        ])
    }

    @Test func duplicateIdIsAnErrorOnTheSecondRowNamingTheFirst() throws {
        let reading = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity
            S1,H1,2025-11-05,10:00,12:00,4
            S2,H2,2025-11-05,14:00,16:00,3
            S1,H2,2025-11-06,14:00,16:00,3

            """]).read()
        #expect(reading.errorLines == [
            "sessions.csv:4:1: error: session_id 'S1' is used twice; it is first used on line 2, and ids must be unique",
        ])
    }

    @Test func endBeforeStartIsAnErrorAtTheEnd() throws {
        let reading = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity
            S1,H1,2025-11-05,10:00,09:00,4
            S2,H2,2025-11-05,14:00,16:00,3

            """]).read()
        #expect(reading.errorLines == [
            "sessions.csv:2:5: error: end 09:00 is not after start 10:00; a session starts and ends on the same day",
        ])
    }

    @Test func sessionHostMustExist() throws {
        let reading = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity
            S1,H1,2025-11-05,10:00,12:00,4
            S2,H3,2025-11-05,14:00,16:00,3

            """]).read()
        #expect(reading.has("sessions.csv:3:2: error: host_id 'H3' is not a host_id of hosts.csv; did you mean 'H1'?"))
    }

    @Test func folderWithSeveralErrorsReportsAllInOrder() throws {
        let reading = try TestFolder.valid(replacing: [
            "event.yaml": "name: Test\nmax_choices: five\nobjective: [coverage, fun]\n",
            "hosts.csv": "host_id,name,languages,lat,lon,accessible\nH1,Maison A,fr,50.8,,maybe\nH2,Huis B,french,,,\n",
            "sessions.csv": """
                session_id,host_id,date,start,end,capacity,kind
                S1,H1,2025-11-31,10:00,12:00,0,visit
                S2,H2,2025-11-05,24:00,16:00,3,tour

                """,
            "visitors.csv": """
                visitor_id,first_name,last_name,email,languages,choices,available,max_visits
                V1,Ann,Example,ann.example.org,fr,H1,2025-11-05 mornings,-1
                V1,,Example,bob@example.org,nl,S2,,

                """,
        ]).read()
        #expect(reading.errorLines == [
            "event.yaml:2:14: error: max_choices must be a whole number from 1 to 20, found 'five'",
            "event.yaml:3:23: error: objective must be a non-empty list of distinct names among priority, coverage, preference and mix, like [coverage, preference, mix], found 'fun'",
            "hosts.csv:2:4: error: lat is given but lon is empty; give both or neither",
            "hosts.csv:2:6: error: accessible must be yes or no (also true/false, 1/0, oui/non, ja/nee), found 'maybe'",
            "hosts.csv:3:3: error: languages must be two-letter ISO 639-1 language codes separated by ';' like fr;nl ('french' is not one), found 'french'",
            "sessions.csv:2:3: error: date must be a date written YYYY-MM-DD, like 2025-11-05, found '2025-11-31'",
            "sessions.csv:2:6: error: capacity must be a whole number from 1 to 10000, found '0'",
            "sessions.csv:3:4: error: start must be a time written HH:MM between 00:00 and 23:59, like 09:30, found '24:00'",
            "sessions.csv:3:7: error: kind must be visit or immersion, found 'tour'",
            "visitors.csv:2:4: error: email must be one e-mail address like name@example.org, without a name, brackets, commas or '?' (it has no '@'), found 'ann.example.org'",
            "visitors.csv:2:7: error: available: '2025-11-05 mornings' is not a window; expected YYYY-MM-DD, YYYY-MM-DD am, YYYY-MM-DD pm or YYYY-MM-DD HH:MM-HH:MM, separated by ';'",
            "visitors.csv:2:8: error: max_visits must be a whole number from 0 to 100, found '-1'",
            "visitors.csv:3:1: error: visitor_id 'V1' is used twice; it is first used on line 2, and ids must be unique",
            "visitors.csv:3:2: error: first_name is empty; it is required",
        ])
        #expect(reading.input == nil)
        #expect(reading.hasErrors)
    }

    @Test func missingFilesAreErrors() throws {
        let reading = try TestFolder.valid(replacing: ["event.yaml": nil, "visitors.csv": nil, "visitors.xlsx": "x"]).read()
        #expect(reading.errorLines == [
            "event.yaml: error: event.yaml is missing from the folder",
            "visitors.csv: error: visitors.csv is missing from the folder; found 'visitors.xlsx': save the data as 'CSV UTF-8' under the exact name visitors.csv",
        ])
    }

    @Test func missingFolderIsOneError() {
        let reading = InputFolder.read(at: URL(fileURLWithPath: "/nonexistent/po-plan-input"))
        #expect(reading.errors.count == 1)
        #expect(reading.input == nil)
    }

    @Test func messagesDoNotEchoPersonalDataOfOtherCells() throws {
        let reading = try TestFolder.valid(replacing: ["visitors.csv": """
            visitor_id,first_name,last_name,email,languages,choices,max_visits
            V1,Ann,Secretname,ann@example.org,fr,H1,lots
            V2,Bob,Example,ANN@example.org,nl,S2,

            """]).read()
        for diagnostic in reading.diagnostics {
            #expect(!diagnostic.message.contains("Secretname"))
            #expect(!diagnostic.message.lowercased().contains("ann@example.org"))
        }
        #expect(reading.has("visitors.csv:3:4: warning: email is the same as that of visitor V1 on line 2"))
    }
}
