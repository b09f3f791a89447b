import Foundation

/// The files of an input folder, found by name (ignoring case) and turned into text or CSV tables.
struct FolderFiles {
    let url: URL
    /// The names of the files in the folder.
    let names: [String]

    /// Lists the folder at `url`.
    init(url: URL) {
        self.url = url
        names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// Whether the folder holds a file `name` (ignoring case), for the optional files.
    func has(_ name: String) -> Bool { names.contains { $0.lowercased() == name } }

    /// The bytes of the file `name` and the name to show in diagnostics (the name on disk, which may differ
    /// in case); nil, with an error, when there is no such file or it cannot be read.
    func load(_ name: String, _ diagnostics: inout [Diagnostic]) -> (data: Data, file: String)? {
        guard let found = names.first(where: { $0 == name }) ?? names.first(where: { $0.lowercased() == name }) else {
            diagnostics.append(.error("\(name) is missing from the folder" + hintForMissing(name), file: name))
            return nil
        }
        switch InputFileCheck.read(url.appendingPathComponent(found)) {
        case .success(let data): return (data, found)
        case .failure(let failure):
            diagnostics.append(.error(failure.message, file: found))
            return nil
        }
    }

    /// The CSV table of the file `name`, with the name to show; reader problems go to `diagnostics`.
    func table(_ name: String, _ diagnostics: inout [Diagnostic]) -> (table: CSVTable, file: String)? {
        load(name, &diagnostics).map { Self.table(of: $0.data, file: $0.file, &diagnostics) }
    }

    /// The CSV table of bytes read from `file`; reader problems go to `diagnostics`.
    static func table(of data: Data, file: String, _ diagnostics: inout [Diagnostic]) -> (table: CSVTable, file: String) {
        let (table, problems) = CSVReader().read(data, file: file)
        diagnostics += problems
        return (table, file)
    }

    /// Other files that look like a `name` saved in the wrong format or under a slightly different name.
    private func hintForMissing(_ name: String) -> String {
        let stem = name.split(separator: ".")[0].lowercased()
        let near = names.filter { $0.lowercased().hasPrefix(stem) }
        guard !near.isEmpty else { return "" }
        return "; found " + near.map { "'\($0)'" }.joined(separator: ", ")
            + ": save the data as \(name.hasSuffix(".csv") ? "'CSV UTF-8' " : "")under the exact name \(name)"
    }

    /// The text of a UTF-8 file without its byte-order mark; nil, with an error naming the first line
    /// that is not valid UTF-8, otherwise.
    static func utf8Text(_ data: Data, file: String, _ diagnostics: inout [Diagnostic]) -> String? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil }.map { $0 + 1 }
        diagnostics.append(.error("this line is not valid UTF-8 text; save the file as UTF-8 and try again",
                                  file: file, line: bad))
        return nil
    }
}
