import Foundation

/// Diagnostics as JSON for tools: an array of objects with the keys severity, file, sheet, line, column,
/// cell, message, found, expected and suggestion, in that order (null where unknown).
extension Diagnostic {
    /// The JSON text of `diagnostics`, one object per line, in the order given.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        return "[\n" + diagnostics.map { "  " + $0.jsonObject }.joined(separator: ",\n") + "\n]\n"
    }

    /// This diagnostic as one JSON object.
    var jsonObject: String {
        let members: [(String, String)] = [
            ("severity", Self.jsonString(severity.rawValue)), ("file", Self.jsonString(file)),
            ("sheet", sheet.map(Self.jsonString) ?? "null"), ("line", line.map(String.init) ?? "null"),
            ("column", column.map(String.init) ?? "null"), ("cell", cell.map(Self.jsonString) ?? "null"),
            ("message", Self.jsonString(message)), ("found", found.map(Self.jsonString) ?? "null"),
            ("expected", expected.map(Self.jsonString) ?? "null"),
            ("suggestion", suggestion.map(Self.jsonString) ?? "null"),
        ]
        return "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A JSON string literal, escaped by Foundation's JSON encoder.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
