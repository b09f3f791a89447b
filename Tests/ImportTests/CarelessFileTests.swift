import Foundation
import Testing
@testable import Import

/// Issue 10, defects 8 and 10: long or hostile text, and files that are empty, unreadable, UTF-16
/// or a folder, each give one clear error instead of a crash, a silent plan or hundreds of errors.
@Suite("careless files")
struct CarelessFileTests {
    @Test func noSizeLimitsLongDescriptionsAndNamesAreErrors() throws {
        let long = String(repeating: "x", count: 5_001)
        let hosts = "host_id,name,languages,description\nH1,Maison A,fr,\(long)\nH2,\(String(repeating: "n", count: 201)),nl,ok\n"
        let r = try TestFolder.valid(replacing: ["hosts.csv": hosts]).read()
        #expect(r.input == nil)
        #expect(r.errorLines == ["hosts.csv:2:4: error: description has 5001 characters; it can have at most 5000",
                                 "hosts.csv:3:2: error: name has 201 characters; it can have at most 200"])
        let fine = "host_id,name,languages,description\nH1,Maison A,fr,\(String(repeating: "x", count: 5_000))\nH2,Huis B,nl;fr,\n"
        #expect(try TestFolder.valid(replacing: ["hosts.csv": fine]).read().input != nil)
    }

    @Test func controlCharactersInACellAreErrors() throws {
        let visitors = "visitor_id,first_name,last_name,email,languages\nV1,Ann\u{1B}[2J,Example,ann@example.org,fr\n"
            + "V2,Bob,\"Exa\nmple\",bob@example.org,nl\n"
        let r = try TestFolder.valid(replacing: ["visitors.csv": visitors]).read()
        #expect(r.errorLines == [
            "visitors.csv:2:2: error: first_name holds the control character U+001B, which cannot be shown; retype the value",
            "visitors.csv:3:3: error: last_name holds the control character U+000A, which cannot be shown; retype the value on one line",
        ])
        // A description may hold several lines.
        let hosts = "host_id,name,languages,description\nH1,Maison A,fr,\"Line one\nLine two\"\nH2,Huis B,nl;fr,\n"
        #expect(try TestFolder.valid(replacing: ["hosts.csv": hosts]).read().input?.hosts[0].description == "Line one\nLine two")
    }

    @Test func anEmptyHostsFileSaysEmpty() throws {
        let r = try TestFolder.valid(replacing: ["hosts.csv": ""]).read()
        #expect(r.errorLines.first == "hosts.csv: error: the file is empty (0 bytes); export it again")
        #expect(Importer.read(at: try TestFolder.valid(replacing: ["hosts.csv": ""]).url).errors.count < 10)
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file whatever its permissions"))
    func anUnreadableHostsFileSaysPermission() throws {
        let folder = try TestFolder.valid(replacing: [:])
        let file = folder.url.appendingPathComponent("hosts.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
        let reading = Importer.read(at: folder.url)
        #expect(reading.errors.map(\.description) == ["hosts.csv: error: po-plan has no permission to read this file; "
            + "check its permissions (chmod) or its owner"])
    }

    @Test func aUTF16FileSaysUTF16() throws {
        let folder = try TestFolder.valid(replacing: [:])
        let text = "host_id,name,languages\nH1,Maison A,fr\nH2,Huis B,nl\n"
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: folder.url.appendingPathComponent("hosts.csv"))
        let reading = Importer.read(at: folder.url)
        #expect(reading.errors.map(\.description) == ["hosts.csv: error: the file is saved as UTF-16 (Excel's 'Unicode text'); "
            + "save it as 'CSV UTF-8' and try again"])
    }

    @Test func aFolderInPlaceOfAFileSaysFolder() throws {
        let folder = try TestFolder.valid(replacing: ["visitors.csv": nil])
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("visitors.csv"), withIntermediateDirectories: false)
        let reading = Importer.read(at: folder.url)
        #expect(reading.errors.map(\.description) == ["visitors.csv: error: this is a folder, not a file; put the file itself here"])
    }

    @Test func aHeaderOnlyVisitorsFileIsAnError() throws {
        let r = try TestFolder.valid(replacing: ["visitors.csv": "visitor_id,first_name,last_name,email,languages\n"]).read()
        #expect(r.input == nil)
        #expect(r.errorLines.contains("visitors.csv:1: error: the file names its columns but has no rows, so nobody "
            + "registered; a plan needs at least one row in each file"))
    }
}
