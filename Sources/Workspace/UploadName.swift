/// The name an uploaded file is stored under in the week's folder: its last component only, plain
/// characters, one of the extensions po-plan reads; anything else is refused (nil), so no name from
/// a request can reach outside the folder or hide a file.
public struct UploadName: Sendable, Equatable {
    /// The checked name.
    public let value: String

    /// The extensions stored: exports and canonical tables, workbooks, event.yaml and columns.yaml.
    static let extensions = ["csv", "xlsx", "yaml", "yml"]

    /// The name for `given` (as a browser sends it), or nil when it cannot be stored.
    public init?(_ given: String) {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        guard last == given, !last.hasPrefix("."), last.count <= 120, Self.isInputFile(last),
              last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_.()'".unicodeScalars.contains($0) })
        else { return nil }
        value = last
    }

    /// Whether a file of the folder is an input file (by its extension).
    static func isInputFile(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
