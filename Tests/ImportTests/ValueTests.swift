import Foundation
import Scheduling
import Testing
import Import

/// Reads the valid test folder with one visitor row under `header`.
private func visitors(_ header: String, _ row: String) throws -> InputReading {
    try TestFolder.valid(replacing: ["visitors.csv": header + "\n" + row + "\n"]).read()
}

@Suite("values")
struct ValueTests {
    static let header = "visitor_id,first_name,last_name,email,languages,choices"

    @Test(arguments: ["yes", "TRUE", "1", "Oui", "ja"])
    func booleansAcceptTheContractsYes(_ word: String) throws {
        let r = try visitors(Self.header + ",needs_access", "V1,Ann,Example,ann@example.org,fr,S2,\(word)")
        #expect(try #require(r.input).visitors[0].needsAccess)
    }

    @Test(arguments: ["no", "False", "0", "NON", "nee"])
    func booleansAcceptTheContractsNo(_ word: String) throws {
        let r = try visitors(Self.header + ",open_to_suggestions", "V1,Ann,Example,ann@example.org,fr,S2,\(word)")
        #expect(try #require(r.input).visitors[0].openToSuggestions == false)
    }

    @Test func languagesInUpperCaseAreNormalizedSilently() throws {
        let r = try visitors(Self.header + ",language", "V1,Ann,Example,ann@example.org,FR; NL,S2,NL")
        #expect(r.diagnostics == [])
        let visitor = try #require(r.input).visitors[0]
        #expect(visitor.languages == ["fr", "nl"])
        #expect(visitor.language == "nl")
    }

    @Test func languageOutsideLanguagesIsAWarning() throws {
        let r = try visitors(Self.header + ",language", "V1,Ann,Example,ann@example.org,fr,S2,en")
        #expect(r.input?.visitors[0].language == "en")
        #expect(r.has("visitors.csv:2:7: warning: language en is not among languages fr"))
    }

    @Test func availabilityWindowsOfEveryForm() throws {
        let r = try visitors(Self.header + ",available",
                             "V1,Ann,Example,ann@example.org,fr,S2,2025-11-04; 2025-11-05 AM;2025-11-05 pm;2025-11-06 08:30-12:00")
        #expect(r.errors == [])
        #expect(try #require(r.input).visitors[0].available.map(\.description) == [
            "2025-11-04 00:00-24:00", "2025-11-05 00:00-13:00", "2025-11-05 12:00-24:00", "2025-11-06 08:30-12:00",
        ])
    }

    @Test func windowEndingBeforeItStartsIsAnError() throws {
        let r = try visitors(Self.header + ",available", "V1,Ann,Example,ann@example.org,fr,S2,2025-11-06 12:00-08:30")
        #expect(r.errorLines == [
            "visitors.csv:2:7: error: available: in the window '2025-11-06 12:00-08:30' the end 08:30 is not after the start 12:00",
        ])
    }

    @Test func registeredAtThatIsNotISO8601IsKeptWithAWarning() throws {
        let good = try visitors(Self.header + ",registered_at", "V1,Ann,Example,ann@example.org,fr,S2,2025-10-26T18:44:15+01:00")
        #expect(good.diagnostics == [])
        let odd = try visitors(Self.header + ",registered_at", "V1,Ann,Example,ann@example.org,fr,S2,26/10/2025 18:44")
        #expect(odd.errors == [])
        #expect(odd.input?.visitors[0].registeredAt == "26/10/2025 18:44")
        #expect(odd.has("visitors.csv:2:7: warning: registered_at should be an ISO 8601 date-time"))
    }

    @Test func emailNeedsExactlyOneAt() throws {
        let r = try visitors(Self.header, "V1,Ann,Example,ann@@example.org,fr,S2")
        #expect(r.has("visitors.csv:2:4: error: email must be one e-mail address like name@example.org"))
        #expect(r.diagnostics.contains { $0.message.hasSuffix("(it has 2 '@' (one address has one)), found 'ann@@example.org'") })
    }

    @Test func maxVisitsZeroIsAllowed() throws {
        let r = try visitors(Self.header + ",max_visits", "V1,Ann,Example,ann@example.org,fr,S2,0")
        #expect(try #require(r.input).visitors[0].maxVisits == 0)
    }

    @Test func hostDefaultsAndCoordinates() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": """
            Languages,NAME,host_id,lat,lon,organization,website
            fr,Maison A,H1,50.8466,4.3528,,https://example.org
            nl,Huis B,H2,,,Koepel,

            """]).read()
        #expect(r.diagnostics == [])
        let input = try #require(r.input)
        #expect(input.hosts[0].organization == "Maison A")
        #expect(input.hosts[0].coordinates == Coordinates(latitude: 50.8466, longitude: 4.3528))
        #expect(input.hosts[1].organization == "Koepel")
        #expect(input.hosts[1].accessible == false)
    }

    @Test func coordinatesNeedADotAndARange() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": "host_id,name,languages,lat,lon\nH1,A,fr,\"50,84\",4.35\nH2,B,nl,50.8,190\n"]).read()
        #expect(r.errorLines == [
            "hosts.csv:2:4: error: lat must be a decimal number of degrees written with a '.', like 50.8466, found '50,84'",
            "hosts.csv:3:5: error: lon must be between -180 and 180 degrees, found '190'",
        ])
    }

    @Test func sessionDefaultsComeFromTheContractAndTheHost() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity,min_visitors,languages,kind
            S1,H1,2025-11-05,10:00,12:00,4,,,
            S2,H2,2025-11-05,9:00,16:30,1,,NL,Immersion

            """]).read()
        #expect(r.diagnostics == [])
        let input = try #require(r.input)
        #expect(input.sessions[0].minVisitors == 1)
        #expect(input.sessions[0].kind == .visit)
        #expect(input.sessions[0].languages == ["fr"])
        #expect(input.sessions[1].languages == ["nl"])
        #expect(input.sessions[1].kind == .immersion)
        #expect(input.sessions[1].start.description == "09:00")
    }

    @Test func minVisitorsAboveCapacityIsAWarning() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity,min_visitors
            S1,H1,2025-11-05,10:00,12:00,2,3
            S2,H2,2025-11-05,14:00,16:00,3,

            """]).read()
        #expect(r.errors == [])
        #expect(r.has("sessions.csv:2:7: warning: min_visitors 3 is more than capacity 2, so this session can never run"))
    }

    @Test func sessionEndAt24IsNotATime() throws {
        let r = try TestFolder.valid(replacing: ["sessions.csv": """
            session_id,host_id,date,start,end,capacity
            S1,H1,2025-11-05,22:00,24:00,2
            S2,H2,2025-11-05,14:00,16:00,3

            """]).read()
        #expect(r.has("sessions.csv:2:5: error: end must be a time written HH:MM between 00:00 and 23:59"))
    }
}
