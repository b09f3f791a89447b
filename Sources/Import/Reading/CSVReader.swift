import Foundation

/// Reads RFC 4180 CSV text into a `CSVTable`, keeping the physical line and field number of every field.
///
/// We write our own reader instead of using a CSV package because every diagnostic must name the exact
/// line and column of the cell it is about, and line breaks inside quoted fields make "line" differ from
/// "record". It accepts quoted fields holding delimiters, doubled quotes and line breaks; CRLF, LF or CR
/// line ends; a leading UTF-8 byte-order mark; and a final line break. It works on bytes (the delimiter and
/// quote are ASCII, so they never occur inside a multi-byte UTF-8 character) and decodes each field on its
/// own, so that invalid UTF-8 is reported at the field where it occurs.
struct CSVReader: Sendable {
    /// The byte that separates fields; `,` in the canonical files.
    let delimiter: UInt8

    /// Creates a reader for the given ASCII delimiter (`,` by default; `;` and tab for other exports).
    init(delimiter: Unicode.Scalar = ",") {
        precondition(delimiter.isASCII && delimiter != "\"" && delimiter != "\n" && delimiter != "\r",
                     "the delimiter must be an ASCII character other than a quote or a line break")
        self.delimiter = UInt8(delimiter.value)
    }

    /// Reads `data`; `file` names the file in diagnostics (unclosed quotes, stray quotes, invalid UTF-8).
    func read(_ data: Data, file: String) -> (table: CSVTable, diagnostics: [Diagnostic]) {
        var parser = Parser(bytes: [UInt8](data), delimiter: delimiter, file: file)
        parser.run()
        return (CSVTable(records: parser.records), parser.diagnostics)
    }

    /// The state of one pass over the bytes.
    private struct Parser {
        enum State { case fieldStart, unquoted, quoted, afterClosingQuote }

        static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        let bytes: [UInt8]
        let delimiter: UInt8
        let file: String
        var records: [CSVTable.Record] = []
        var diagnostics: [Diagnostic] = []

        var state = State.fieldStart
        var index = 0
        var line = 1
        var recordLine = 1
        var fieldLine = 1
        var fieldBytes: [UInt8] = []
        var fields: [CSVTable.Field] = []
        var strayQuoteReported = false
        var badUTF8Fields = 0
        /// Where the one diagnostic about invalid UTF-8 is, to add the count of other bad fields to it.
        var firstBadUTF8Diagnostic: Int?

        init(bytes: [UInt8], delimiter: UInt8, file: String) {
            self.bytes = bytes
            self.delimiter = delimiter
            self.file = file
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                switch state {
                case .fieldStart:
                    fieldLine = line
                    if byte == Self.quote {
                        state = .quoted
                        index += 1
                    } else {
                        state = .unquoted  // look at the same byte again as part of an unquoted field
                    }
                case .unquoted:
                    if byte == Self.quote { reportStrayQuote("a '\"' inside a field that does not start with one") }
                    endOfFieldOrAppend(byte)
                case .quoted:
                    if byte == Self.quote {
                        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                            fieldBytes.append(Self.quote)
                            index += 2
                        } else {
                            state = .afterClosingQuote
                            index += 1
                        }
                    } else if byte == Self.cr || byte == Self.lf {
                        fieldBytes.append(Self.lf)  // a line break inside a field is kept as LF
                        skipLineBreak()
                    } else {
                        fieldBytes.append(byte)
                        index += 1
                    }
                case .afterClosingQuote:
                    if byte != delimiter, byte != Self.cr, byte != Self.lf {
                        reportStrayQuote("text after the closing '\"' of a quoted field")
                        state = .unquoted
                    }
                    endOfFieldOrAppend(byte)
                }
            }
            if state == .quoted {
                diagnostics.append(.error(
                    "a quoted field starts here but its closing '\"' is missing, so the rest of the file was read as this one field",
                    file: file, line: fieldLine, column: fields.count + 1))
            }
            if state != .fieldStart || !fields.isEmpty {
                endField()
                endRecord()
            }
            if badUTF8Fields > 1, let first = firstBadUTF8Diagnostic {
                diagnostics[first].message += " (\(badUTF8Fields - 1) more fields of the file are not valid UTF-8 either)"
            }
        }

        /// Ends the field at a delimiter or line break, or else keeps the byte as part of the field.
        private mutating func endOfFieldOrAppend(_ byte: UInt8) {
            if byte == delimiter {
                endField()
                state = .fieldStart
                index += 1
            } else if byte == Self.cr || byte == Self.lf {
                endField()
                endRecord()
                skipLineBreak()
                recordLine = line
                state = .fieldStart
            } else {
                fieldBytes.append(byte)
                index += 1
            }
        }

        /// Steps over one line break (CRLF, LF or a lone CR) and counts the line.
        private mutating func skipLineBreak() {
            if bytes[index] == Self.cr, index + 1 < bytes.count, bytes[index + 1] == Self.lf { index += 1 }
            index += 1
            line += 1
        }

        private mutating func endField() {
            let text: String
            if let valid = String(validating: fieldBytes, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: fieldBytes, as: UTF8.self)
                badUTF8Fields += 1
                if badUTF8Fields == 1 {
                    firstBadUTF8Diagnostic = diagnostics.count
                    diagnostics.append(.error(
                        "this field is not valid UTF-8 text; save the file as 'CSV UTF-8' and try again",
                        file: file, line: fieldLine, column: fields.count + 1))
                }
            }
            fields.append(CSVTable.Field(text: text, line: fieldLine, column: fields.count + 1))
            fieldBytes.removeAll(keepingCapacity: true)
        }

        private mutating func endRecord() {
            records.append(CSVTable.Record(line: recordLine, fields: fields))
            fields.removeAll()
        }

        private mutating func reportStrayQuote(_ what: String) {
            guard !strayQuoteReported else { return }
            strayQuoteReported = true
            diagnostics.append(.warning(
                "\(what); it was kept as text. Put the whole field in quotes and double the quotes inside (\"\")",
                file: file, line: fieldLine, column: fields.count + 1))
        }
    }
}
