/// Which field of a record holds each known column, found from the header row by name.
///
/// Names are trimmed and matched case-insensitively; column order is free and unknown columns are
/// ignored. A missing required column is one error at the header line that names the column and lists
/// the headers found, so the values of that column are not checked row by row.
struct HeaderMap {
    let file: String
    /// The worksheet, in a workbook.
    var sheet: String? = nil
    /// The physical line of the header row.
    let line: Int
    /// How many fields the header has.
    let width: Int
    /// 0-based field index of each known column present, keyed by its contract name.
    private var positions: [String: Int] = [:]

    /// Reads `header`, reporting missing required columns, repeated columns and likely typos.
    init(header: CSVTable.Record, file: String, required: [String], optional: [String],
         diagnostics: inout [Diagnostic]) {
        self.file = file
        line = header.line
        width = header.fields.count
        let known = required + optional
        let names = header.fields.map { $0.text.trimmingSpaces() }
        var firstColumn: [String: Int] = [:]
        var unknown: [(name: String, column: Int)] = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if let first = firstColumn[key] {
                let isKnown = known.contains(key)
                diagnostics.append(Diagnostic(
                    severity: isKnown ? .error : .warning, file: file, line: line, column: index + 1,
                    message: "column '\(name)' appears twice, in fields \(first) and \(index + 1)"
                        + (isKnown ? "; keep only one" : "; both are ignored")))
                continue
            }
            firstColumn[key] = index + 1
            if known.contains(key) { positions[key] = index } else { unknown.append((name, index + 1)) }
        }
        let found = names.filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
        for column in required where positions[column] == nil {
            let typo = IdSuggestion.closest(to: column, among: unknown.map(\.name))
            diagnostics.append(.error(
                "required column '\(column)' is missing"
                    + (typo.map { " (is '\($0)' meant to be it?)" } ?? "")
                    + "; the header has \(found.isEmpty ? "no names" : found)",
                file: file, line: line))
        }
        let missingOptional = optional.filter { positions[$0] == nil }
        for (name, column) in unknown {
            guard let meant = IdSuggestion.closest(to: name, among: missingOptional),
                  IdSuggestion.distance(name.lowercased(), meant) <= 2 else { continue }
            diagnostics.append(.warning(
                "column '\(name)' is not a known column and is ignored; did you mean '\(meant)'?",
                file: file, line: line, column: column))
        }
    }

    /// Reads the header row of `table`; nil, with an error, when the file has nothing but blank lines.
    static func of(_ table: CSVTable, file: String, required: [String], optional: [String],
                   diagnostics: inout [Diagnostic]) -> HeaderMap? {
        guard let header = table.header else {
            diagnostics.append(.error(
                "the file is empty; its first line must name the columns, at least "
                    + required.joined(separator: ", "),
                file: file))
            return nil
        }
        var columns = HeaderMap(header: header, file: file, required: required, optional: optional,
                                diagnostics: &diagnostics)
        columns.sheet = table.sheet
        return columns
    }

    /// Whether the file has the column.
    func has(_ column: String) -> Bool { positions[column] != nil }

    /// The value of `column` in `record`; empty when the record is short or the column is missing.
    func cell(_ column: String, in record: CSVTable.Record) -> Cell {
        guard let index = positions[column] else {
            return Cell(file: file, sheet: sheet, line: record.line, column: nil, header: column, text: "")
        }
        guard index < record.fields.count else {
            return Cell(file: file, sheet: sheet, line: record.line, column: index + 1, header: column, text: "")
        }
        let field = record.fields[index]
        return Cell(file: file, sheet: sheet, line: record.line, column: field.column > 0 ? field.column : nil,
                    header: column, text: field.text.trimmingSpaces())
    }

    /// Reports a record with more values than the header has names (a `,` inside an unquoted value
    /// shifts every later column) or with fewer (the missing ones are read as empty).
    func checkWidth(of record: CSVTable.Record, diagnostics: inout [Diagnostic]) {
        let count = record.fields.count
        if count > width {
            if let error = record.widthError(header: width, delimiter: ",", file: file, sheet: sheet) {
                diagnostics.append(error)
            }
        } else if count < width {
            diagnostics.append(.warning(
                "this row has \(count) values but the header has \(width) columns; the missing ones are read as empty",
                file: file, sheet: sheet, line: record.line))
        }
    }
}
