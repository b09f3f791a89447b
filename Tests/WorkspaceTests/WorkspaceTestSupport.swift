import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import Workspace

/// A synthetic week in a fresh folder: three hosts, four sessions, five visitors (one of them
/// named like a script, to see that names are shown as text).
enum TestWeek {
    static let event = "name: Semaine d'essai\nbassin: Nord-Ouest\n"
    static let hosts = """
        host_id,name,organization,sector,address,postcode,commune,lat,lon,languages,accessible,contact_name,contact_email,contact_phone,description
        H1,Maison médicale Les Tilleuls,,maison médicale,Rue Exemple 1,1080,Molenbeek-Saint-Jean,50.8550,4.3350,fr,yes,Contact Un,contact1@example.org,+32 2 000 00 01,Visite
        H2,Wijkgezondheidscentrum De Linde,,wijkgezondheidscentrum,Voorbeeldstraat 2,1081,Koekelberg,50.8620,4.3290,nl;fr,no,Contact Twee,contact2@example.org,+32 2 000 00 02,Kennismaking
        H3,CPAS Exemple,,CPAS,Place Exemple 3,1083,Ganshoren,,,fr,yes,Contact Trois,contact3@example.org,,Découverte

        """
    static let sessions = """
        session_id,host_id,kind,date,start,end,capacity,min_visitors,languages
        S1,H1,visit,2025-11-04,09:30,11:00,2,,
        S2,H2,visit,2025-11-04,14:00,15:30,3,,
        S3,H3,immersion,2025-11-05,09:00,16:30,1,,
        S4,H2,visit,2025-11-06,10:00,11:30,4,,

        """
    static let visitors = """
        visitor_id,first_name,last_name,email,role,organization,sector,language,languages,max_visits,choices,available,needs_access,open_to_suggestions,registered_at
        V1,Alice,Lambrechts,alice@example.org,assistante sociale,CPAS Exemple,CPAS,fr,fr,2,H1;H2,,no,no,2025-10-01T10:00:00+02:00
        V2,Bart,Verhoeven,bart@example.org,maatschappelijk werker,,CAW,nl,nl;fr,2,H2;H1,2025-11-04,no,yes,2025-10-02T10:00:00+02:00
        V3,Chloé,Dufour,chloe@example.org,infirmière,,maison médicale,fr,fr,1,H3;H1,,no,no,2025-10-03T10:00:00+02:00
        V4,Dirk,Peeters,dirk@example.org,psycholoog,,CGG,en,nl;en,1,H2,2025-11-06 am,no,no,2025-10-04T10:00:00+02:00
        V5,<script>alert(1)</script>,Zed,zed@example.org,,,,fr,fr,1,H2,,no,no,2025-10-05T10:00:00+02:00

        """
    /// Every visitor's first and last name, to check that a page names nobody else.
    static let names = [("V1", ["Alice", "Lambrechts", "alice@"]), ("V2", ["Bart", "Verhoeven", "bart@"]), ("V3", ["Chloé", "Dufour", "chloe@"]),
                        ("V4", ["Dirk", "Peeters", "dirk@"]), ("V5", ["alert(1)", "Zed", "zed@"])]

    /// A new folder holding the week (canonical files).
    static func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("po-plan-workspace-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in ["event.yaml": event, "hosts.csv": hosts, "sessions.csv": sessions, "visitors.csv": visitors] {
            try! Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }
}

/// A workspace on a test week with known secrets, and a client that has (or lacks) its cookie.
struct TestWorkspace {
    static let secrets = WorkspaceSecrets(access: String(repeating: "a1", count: 32), forms: String(repeating: "f0", count: 32))
    let folder: URL
    let workspace: Workspace

    init(folder: URL = TestWeek.folder()) {
        self.folder = folder
        workspace = Workspace(folder: folder, secrets: Self.secrets)
    }

    /// Runs `body` with a test client of the workspace's router.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: workspace.router())
        try await app.test(.router) { client in try await body(client) }
    }

    /// The headers of a browser that opened the printed address.
    static func cookie(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        if headers[.cookie] == nil { headers[.cookie] = "po-plan-access=\(secrets.access)" }
        return headers
    }

    /// The bytes of a file of the week.
    func file(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The version a page shows for a file, read from the file as it is now.
    func version(_ name: String) -> String { workspace.week.version(of: name) }
}

extension TestClientProtocol {
    /// GET with the cookie; the response's status and text.
    func page(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, text: String, headers: HTTPFields) {
        try await execute(uri: uri, method: .get, headers: TestWorkspace.cookie(headers)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    /// POST of a form (`application/x-www-form-urlencoded`) with the cookie; the form token is added unless `csrf` is false.
    func post(_ uri: String, _ fields: [String: String], csrf: Bool = true) async throws -> (status: HTTPResponse.Status, text: String, headers: HTTPFields) {
        var all = fields
        if csrf { all["csrf"] = TestWorkspace.secrets.forms }
        let body = all.sorted { $0.key < $1.key }.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await execute(uri: uri, method: .post,
                                 headers: TestWorkspace.cookie([.contentType: "application/x-www-form-urlencoded"]),
                                 body: ByteBuffer(string: body)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    /// POST of files as a browser's file picker sends them (`multipart/form-data`), with the form token unless `csrf` is false.
    func upload(_ files: [(name: String, data: Data)], csrf: Bool = true) async throws -> (status: HTTPResponse.Status, text: String) {
        let boundary = "----po-plan-test-boundary"
        var body = Data()
        if csrf {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(TestWorkspace.secrets.forms)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await execute(uri: "/inputs/upload", method: .post,
                                 headers: TestWorkspace.cookie([.contentType: "multipart/form-data; boundary=\(boundary)"]),
                                 body: ByteBuffer(bytes: body)) { response in
            (response.status, String(buffer: response.body))
        }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
