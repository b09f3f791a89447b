import Foundation
import Scheduling

/// A canonical CSV file (hosts.csv, sessions.csv, visitors.csv, pins.csv) changed the way a team
/// would change it in a spreadsheet: one cell of the row with a given id, a row added or removed,
/// every other byte of meaning kept (columns in their order, unknown columns, values as written).
/// The result is written back as the contract says: comma-separated, RFC 4180 quoting, CRLF.
public struct CanonicalTableEdit: Sendable {
    /// Why a file cannot be changed: it cannot be read as CSV, or lacks the row or column named.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// The header, as written.
    public private(set) var header: [String]
    /// The rows under the header, blank lines left out.
    public private(set) var rows: [[String]]
    private let file: String

    /// Reads `data`, the bytes of canonical file `file`; an empty file is a header alone of `columns`.
    public init(_ data: Data?, file: String, columns: [String] = []) throws {
        self.file = file
        guard let data, !data.isEmpty else {
            header = columns
            rows = []
            return
        }
        let (table, diagnostics) = CSVReader().read(data, file: file)
        if let problem = diagnostics.first(where: \.isError) { throw Refusal(description: problem.description) }
        let records = table.records.filter { !$0.isBlank }
        guard let first = records.first else {
            header = columns
            rows = []
            return
        }
        header = first.texts.enumerated().map { $0.offset == 0 ? $0.element.replacingOccurrences(of: "\u{FEFF}", with: "") : $0.element }
        rows = records.dropFirst().map { record in
            var texts = record.texts
            if texts.count < first.fields.count { texts += Array(repeating: "", count: first.fields.count - texts.count) }
            return texts
        }
    }

    /// The position of column `name` (matched without regard to case or surrounding blanks).
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.trimmingSpaces().lowercased() == name.lowercased() }
    }

    /// The value of `column` in the row whose `idColumn` is `id`; nil when there is no such row or column.
    public func value(_ column: String, id: String, idColumn: String) -> String? {
        guard let c = self.column(column), let row = rowIndex(id, idColumn: idColumn) else { return nil }
        return rows[row][c]
    }

    /// Sets `column` of the row whose `idColumn` is `id` to `value`; the column is added at the end
    /// when the file has none (every other row then leaves it empty: the default).
    public mutating func set(_ column: String, to value: String, id: String, idColumn: String) throws {
        guard let row = rowIndex(id, idColumn: idColumn) else {
            throw Refusal(description: "\(file) has no row with \(idColumn) \(id)")
        }
        let c = self.column(column) ?? addColumn(column)
        rows[row][c] = value
    }

    /// Adds a row, its values by column name; columns the file lacks are added.
    public mutating func append(_ values: [String: String]) {
        for name in values.keys.sorted() where column(name) == nil { _ = addColumn(name) }
        var row = Array(repeating: "", count: header.count)
        for (name, value) in values { row[column(name)!] = value }
        rows.append(row)
    }

    /// Replaces `column`'s value in every row by `transform` of it (as written); returns how many
    /// values changed. A file without the column is left as it is, unless `adding` it (every row's
    /// value is then "" before its transform).
    @discardableResult
    public mutating func update(_ column: String, adding: Bool = false, _ transform: (String) -> String) -> Int {
        var position = self.column(column)
        if position == nil, adding, !rows.isEmpty, !transform("").isEmpty { position = addColumn(column) }
        guard let c = position else { return 0 }
        var changed = 0
        for i in rows.indices {
            let value = transform(rows[i][c])
            if value != rows[i][c] {
                rows[i][c] = value
                changed += 1
            }
        }
        return changed
    }

    /// Removes the rows for which `matches` (given a value-by-column lookup) is true; returns how many.
    @discardableResult
    public mutating func removeRows(where matches: (_ value: (String) -> String) -> Bool) -> Int {
        let positions = Dictionary(header.enumerated().map { ($0.element.trimmingSpaces().lowercased(), $0.offset) },
                                   uniquingKeysWith: { a, _ in a })
        var kept = rows
        kept.removeAll { row in matches { name in positions[name.lowercased()].map { row[$0].trimmingSpaces() } ?? "" } }
        defer { rows = kept }
        return rows.count - kept.count
    }

    /// The file as the contract writes it.
    public var data: Data {
        Data(([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined().utf8)
    }

    private func rowIndex(_ id: String, idColumn: String) -> Int? {
        guard let c = column(idColumn) else { return nil }
        return rows.firstIndex { $0[c].trimmingSpaces() == id }
    }

    private mutating func addColumn(_ name: String) -> Int {
        header.append(name)
        for i in rows.indices { rows[i].append("") }
        return header.count - 1
    }

    /// One field, quoted when it holds a comma, a quote or a line break (inner quotes doubled).
    static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingScalars(["\"": "\"\""]) + "\""
    }
}
