import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Workspace

/// Who may use the workspace: only the browser that opened the printed address; every form that
/// changes something carries the form token; every response carries the security headers.
@Suite struct AccessTests {
    /// Every page, action and download of the workspace, by method and address.
    static let everything: [(HTTPRequest.Method, String)] = [
        (.get, "/"), (.get, "/week"), (.get, "/inputs"), (.get, "/plan"), (.get, "/plan/events"), (.get, "/people"),
        (.get, "/people?q=Alice"), (.get, "/people/visitors/V1"), (.get, "/people/visitors/V1/page"), (.get, "/people/hosts/H1"),
        (.get, "/people/hosts/H1/page"), (.get, "/changes"), (.get, "/send"), (.get, "/workspace.js"),
        (.get, "/supply"), (.get, "/variants"), (.post, "/variants"),
        (.get, "/plans/2025-01-01-000000/report.html"), (.get, "/plans/2025-01-01-000000/mails.zip"),
        (.post, "/inputs/upload"), (.post, "/plan"), (.post, "/people/visitors/V1/withdraw"), (.post, "/people/visitors/V1/details"),
        (.post, "/people/visitors/V1/pin"), (.post, "/people/visitors/V1/unpin"), (.post, "/sessions/S1/cancel"),
        (.post, "/sessions/S1/capacity"), (.post, "/changes/replan"), (.post, "/send/mark"),
    ]

    @Test func everyRequestWithoutTheTokenIs401AndShowsNoData() async throws {
        let week = TestWorkspace()
        let before = week.file("visitors.csv")
        try await week.test { client in
            for (method, uri) in Self.everything {
                for headers: HTTPFields in [[:], [.cookie: "po-plan-access=wrong"], [.cookie: "po-plan-access="]] {
                    try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: "csrf=\(TestWorkspace.secrets.forms)")) { response in
                        #expect(response.status == .unauthorized, "\(method) \(uri)")
                        let text = String(buffer: response.body)
                        #expect(!text.contains("Alice") && !text.contains("Semaine") && !text.contains("H1"), "\(uri): \(text)")
                        #expect(response.headers[.setCookie] == nil)
                    }
                }
            }
        }
        #expect(week.file("visitors.csv") == before)
    }

    @Test func thePrintedAddressGivesAStrictHTTPOnlyCookie() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            try await client.execute(uri: "/open?token=\(TestWorkspace.secrets.access)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/week")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("po-plan-access=\(TestWorkspace.secrets.access);"))
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            }
            try await client.execute(uri: "/open?token=\(String(repeating: "a1", count: 31))a2", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
            }
            try await client.execute(uri: "/open", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            for (next, location) in [("/people?q=a", "/people?q=a"), ("//evil.example/x", "/week"), ("https://evil.example", "/week"),
                                     ("/%5Cevil", "/week")] {
                let encoded = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                try await client.execute(uri: "/open?token=\(TestWorkspace.secrets.access)&next=\(encoded)", method: .get) { response in
                    #expect(response.headers[.location] == location, "\(next)")
                }
            }
            let week = try await client.page("/week")
            #expect(week.status == .ok)
            #expect(week.text.contains("Semaine d&#39;essai") || week.text.contains("Semaine d&#x27;essai") || week.text.contains("Semaine d'essai"))
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let week = TestWorkspace()
        try await week.test { client in
            for uri in ["/week", "/inputs", "/people", "/nothing-here"] {
                let page = try await client.page(uri)
                Self.expectSecure(page.headers, uri)
            }
            try await client.execute(uri: "/week", method: .get) { response in
                Self.expectSecure(response.headers, "401")
            }
        }
    }

    static func expectSecure(_ headers: HTTPFields, _ what: String) {
        let policy = headers[.contentSecurityPolicy] ?? ""
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), "\(what)")
        #expect(headers[.xContentTypeOptions] == "nosniff", "\(what)")
        #expect(headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(what)")
    }

    @Test func everyActionWithoutTheFormTokenIs403AndChangesNothing() async throws {
        let week = TestWorkspace()
        let files = ["visitors.csv", "sessions.csv"].map { week.file($0) }
        try await week.test { client in
            let version = week.version("visitors.csv"), sessions = week.version("sessions.csv")
            let actions: [(String, [String: String])] = [
                ("/people/visitors/V1/withdraw", ["version": version, "withdrawn": "yes"]),
                ("/people/visitors/V1/details", ["version": version, "group": "g", "priority": "yes"]),
                ("/people/visitors/V1/pin", ["version": week.version("pins.csv"), "session_id": "S1", "pin": "yes"]),
                ("/people/visitors/V1/unpin", ["version": week.version("pins.csv"), "target": "S1"]),
                ("/sessions/S1/cancel", ["version": sessions, "cancelled": "yes"]),
                ("/sessions/S1/capacity", ["version": sessions, "capacity": "9"]),
                ("/plan", [:]), ("/changes/replan", [:]), ("/send/mark", ["plan": "2025-01-01-000000"]),
                ("/variants", ["kind": "maxVisits", "n": "1"]),
            ]
            for (uri, fields) in actions {
                for token in [nil, "f0"] {
                    var sent = fields
                    if let token { sent["csrf"] = token }
                    let answer = try await client.post(uri, sent, csrf: false)
                    #expect(answer.status == .forbidden, "\(uri)")
                }
            }
            let upload = try await client.upload([("visitors.csv", Data("visitor_id\n".utf8))], csrf: false)
            #expect(upload.status == .forbidden)
        }
        #expect(["visitors.csv", "sessions.csv"].map { week.file($0) } == files)
        #expect(!FileManager.default.fileExists(atPath: week.folder.appendingPathComponent("pins.csv").path))
        #expect(!FileManager.default.fileExists(atPath: week.folder.appendingPathComponent("plans").path))
        #expect(await week.workspace.runs.history.isEmpty)
    }

    @Test func theServerListensOnLoopbackUnlessTold() {
        #expect(WorkspaceServer.isLoopback("127.0.0.1"))
        #expect(WorkspaceServer.isLoopback("::1"))
        #expect(!WorkspaceServer.isLoopback("0.0.0.0"))
        #expect(!WorkspaceServer.isLoopback("192.0.2.10"))
        let secrets = WorkspaceSecrets()
        #expect(secrets.access.count == 64 && secrets.access != WorkspaceSecrets().access && secrets.access != secrets.forms)
        #expect(WorkspaceServer.openAddress(host: "127.0.0.1", port: 8080, secrets: secrets) == "http://127.0.0.1:8080/open?token=\(secrets.access)")
    }
}
