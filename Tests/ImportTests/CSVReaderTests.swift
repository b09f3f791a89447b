import Foundation
import Testing
@testable import Import

/// Reads `text` as a CSV file called `t.csv`.
private func read(_ text: String, delimiter: Unicode.Scalar = ",") -> (table: CSVTable, diagnostics: [Diagnostic]) {
    CSVReader(delimiter: delimiter).read(Data(text.utf8), file: "t.csv")
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func quotedFieldsKeepCommasAndDoubledQuotes() {
        let (table, diagnostics) = read("id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"\"\n")
        #expect(diagnostics == [])
        #expect(table.records.map(\.texts) == [["id", "text"], ["1", "a, b"], ["2", "say \"hi\""], ["3", ""]])
    }

    @Test func lineBreakInsideQuotesKeepsPhysicalLineNumbers() {
        let (table, _) = read("id,text\n1,\"first\nsecond\nthird\"\n2,after\n")
        #expect(table.records.map(\.line) == [1, 2, 5])
        #expect(table.records[1].texts == ["1", "first\nsecond\nthird"])
        #expect(table.records[2].fields.map(\.line) == [5, 5])
    }

    @Test func fieldsKnowTheirLineAndFieldNumber() {
        let (table, _) = read("a,b,c\n\"x\ny\",z,w\n")
        let fields = table.records[1].fields
        #expect(fields.map(\.column) == [1, 2, 3])
        #expect(fields.map(\.line) == [2, 3, 3])
    }

    @Test func byteOrderMarkIsSkipped() {
        let (table, _) = CSVReader().read(Data([0xEF, 0xBB, 0xBF] + Array("host_id,name\nH1,A\n".utf8)), file: "t.csv")
        #expect(table.header?.texts == ["host_id", "name"])
    }

    @Test func crlfLineEndsReadLikeLF() {
        let (table, diagnostics) = read("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n")
        #expect(diagnostics == [])
        #expect(table.records.map(\.texts) == [["a", "b"], ["1", "x\ny"], ["2", "z"]])
        #expect(table.records.map(\.line) == [1, 2, 4])
    }

    @Test func loneCarriageReturnEndsALine() {
        let (table, _) = read("a,b\r1,2\r")
        #expect(table.records.map(\.texts) == [["a", "b"], ["1", "2"]])
    }

    @Test func finalLineBreakAddsNoRecordAndItsAbsenceLosesNothing() {
        #expect(read("a,b\n1,2\n").table.records.count == 2)
        #expect(read("a,b\n1,2").table.records.map(\.texts) == [["a", "b"], ["1", "2"]])
    }

    @Test func trailingDelimiterMeansAnEmptyLastField() {
        #expect(read("a,b,\n").table.records.map(\.texts) == [["a", "b", ""]])
    }

    @Test func blankLinesAreBlankRecords() {
        let (table, _) = read("a,b\n\n1,2\n,\n")
        #expect(table.records.map(\.isBlank) == [false, true, false, true])
        #expect(table.records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func delimiterIsAParameter() {
        let (table, _) = read("a;b\n\"x;y\";2\n", delimiter: ";")
        #expect(table.records.map(\.texts) == [["a", "b"], ["x;y", "2"]])
    }

    @Test func unclosedQuoteIsAnErrorWhereTheFieldStarts() {
        let (_, diagnostics) = read("a,b\n1,\"never closed\n2,3\n")
        #expect(diagnostics.map(\.location) == ["t.csv:2:2"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func strayQuotesAreKeptWithAWarning() {
        let (table, diagnostics) = read("a,b\n1,5\" screen\n2,\"x\"y\n")
        #expect(table.records[1].texts == ["1", "5\" screen"])
        #expect(table.records[2].texts == ["2", "xy"])
        #expect(diagnostics.map(\.description).first?.hasPrefix("t.csv:2:2: warning:") == true)
    }

    @Test func invalidUTF8IsAnErrorAtItsField() {
        // "Café" saved as Windows-1252: é is the single byte 0xE9.
        let bytes = Array("id,name\n1,ok\n2,Caf".utf8) + [0xE9] + Array("\n".utf8)
        let (table, diagnostics) = CSVReader().read(Data(bytes), file: "hosts.csv")
        #expect(diagnostics.map(\.description).first?.hasPrefix("hosts.csv:3:2: error: this field is not valid UTF-8") == true)
        #expect(table.records.count == 3)
    }
}
