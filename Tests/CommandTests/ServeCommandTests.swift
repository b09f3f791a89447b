import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `po-plan serve`: the command starts the workspace on this computer only, prints the address to
/// open, and serves nothing without the address's token.
@Suite struct ServeCommandTests {
    @Test func helpSaysItListensOnThisComputerOnly() throws {
        let run = try CommandRunner.run(["serve", "--help"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("127.0.0.1"))
        #expect(run.standardOutput.contains("--port"))
    }

    @Test func servesTheWeekOnLoopbackOnlyWithTheToken() throws {
        let week = editedCopy(of: repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week"), [:])
        let port = Int.random(in: 20_000...40_000)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", week.path, "--port", String(port)]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let said = LockedText()
        errors.fileHandleForReading.readabilityHandler = { said.append(String(decoding: $0.availableData, as: UTF8.self)) }
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
            errors.fileHandleForReading.readabilityHandler = nil
        }
        let deadline = Date().addingTimeInterval(60)
        while !said.text.contains("/open?token="), Date() < deadline, process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        let address = try #require(said.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("http://127.0.0.1:\(port)/open?token=") }, "\(said.text)")
        #expect(!said.text.contains("warning"))
        let token = String(address.split(separator: "=").last!)
        #expect(token.count == 64)

        let bare = try HTTPProbe.get("http://127.0.0.1:\(port)/week")
        #expect(bare.status == 401)
        #expect(!bare.body.contains("Alice") && !bare.body.contains("Semaine"))
        let opened = try HTTPProbe.get(address)
        #expect(opened.status == 303)
        let cookie = try #require(opened.headers["Set-Cookie"])
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        let page = try HTTPProbe.get("http://127.0.0.1:\(port)/people", cookie: String(cookie.split(separator: ";")[0]))
        #expect(page.status == 200)
        #expect(page.body.contains("Alice Exemple"))
        #expect(page.headers["X-Content-Type-Options"] == "nosniff")
    }
}

/// Text appended from another thread.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""
    func append(_ text: String) { lock.lock(); value += text; lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return value }
}

/// One HTTP GET to the local workspace, without following redirects.
enum HTTPProbe {
    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    static func get(_ address: String, cookie: String? = nil) throws -> Answer {
        var request = URLRequest(url: URL(string: address)!)
        request.timeoutInterval = 30
        request.httpShouldHandleCookies = false
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        let session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        let done = DispatchSemaphore(value: 0)
        let result = LockedAnswer()
        session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (key, value) in http.allHeaderFields { headers[String(describing: key)] = String(describing: value) }
                result.set(Answer(status: http.statusCode, headers: headers, body: String(decoding: data ?? Data(), as: UTF8.self)))
            }
            done.signal()
        }.resume()
        done.wait()
        guard let answer = result.get() else { throw CocoaError(.fileReadUnknown) }
        return answer
    }

    final class LockedAnswer: @unchecked Sendable {
        private let lock = NSLock()
        private var answer: Answer?
        func set(_ a: Answer) { lock.lock(); answer = a; lock.unlock() }
        func get() -> Answer? { lock.lock(); defer { lock.unlock() }; return answer }
    }
}
