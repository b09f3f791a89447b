import Foundation
import Testing
@testable import Import

/// A canonical file changed one cell or row at a time: everything else kept as the team wrote it.
@Suite struct CanonicalTableEditTests {
    static let visitors = Data("""
        \u{FEFF}visitor_id,first_name,last_name,note
        V1,Alice,"Dupont, née Martin","She said ""yes""
        on two lines"
        V2,Bart,Peeters,

        """.utf8)

    @Test func oneCellChangesAndEveryOtherValueStays() throws {
        var table = try CanonicalTableEdit(Self.visitors, file: "visitors.csv")
        try table.set("cancelled", to: "yes", id: "V2", idColumn: "visitor_id")
        let text = String(decoding: table.data, as: UTF8.self)
        #expect(text == "visitor_id,first_name,last_name,note,cancelled\r\n"
            + "V1,Alice,\"Dupont, née Martin\",\"She said \"\"yes\"\"\non two lines\",\r\n"
            + "V2,Bart,Peeters,,yes\r\n")
        let again = try CanonicalTableEdit(table.data, file: "visitors.csv")
        #expect(again.value("note", id: "V1", idColumn: "visitor_id") == "She said \"yes\"\non two lines")
        #expect(again.value("cancelled", id: "V2", idColumn: "VISITOR_ID") == "yes")
    }

    @Test func rowsAreAddedAndRemovedAndAMissingRowIsRefused() throws {
        var pins = try CanonicalTableEdit(nil, file: "pins.csv", columns: ["visitor_id", "session_id", "host_id", "pin", "note"])
        pins.append(["visitor_id": "V1", "session_id": "S1", "pin": "yes"])
        pins.append(["visitor_id": "V2", "host_id": "H1", "pin": "no"])
        #expect(pins.removeRows { $0("visitor_id") == "V1" } == 1)
        #expect(String(decoding: pins.data, as: UTF8.self) == "visitor_id,session_id,host_id,pin,note\r\nV2,,H1,no,\r\n")
        #expect(throws: CanonicalTableEdit.Refusal.self) { try pins.set("pin", to: "yes", id: "V9", idColumn: "visitor_id") }
        #expect(throws: CanonicalTableEdit.Refusal.self) { try CanonicalTableEdit(Data("a,\"b\n".utf8), file: "x.csv") }
    }

    @Test func aColumnIsChangedInEveryRowThatNeedsIt() throws {
        var table = try CanonicalTableEdit(Self.visitors, file: "visitors.csv")
        #expect(table.update("LAST_NAME") { $0 == "Peeters" ? "Peters" : $0 } == 1)
        #expect(table.update("max_visits") { _ in "3" } == 0, "a column the file lacks stays absent")
        #expect(String(decoding: table.data, as: UTF8.self) == "visitor_id,first_name,last_name,note\r\n"
            + "V1,Alice,\"Dupont, née Martin\",\"She said \"\"yes\"\"\non two lines\"\r\n"
            + "V2,Bart,Peters,\r\n")
        #expect(table.update("max_visits", adding: true) { $0.isEmpty ? "0" : $0 } == 2)
        #expect(table.value("max_visits", id: "V2", idColumn: "visitor_id") == "0")
    }
}
