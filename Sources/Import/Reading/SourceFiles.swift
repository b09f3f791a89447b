import Foundation

/// What a source holds once its files are found: the table of each kind, event.yaml and columns.yaml
/// when present, and the files that were not read.
struct SourceFiles {
    /// The tables read for each kind of the plan, in file (then sheet) order: a bassin often has one export
    /// per language of the same table (a French and a Dutch registration form), and they are merged.
    var parts: [TableKind: [SourceTable]] = [:]
    /// The first table of each kind, for what needs one (the mapping draft).
    var tables: [TableKind: SourceTable] { parts.compactMapValues(\.first) }
    /// The text of event.yaml and its file name, when the source has one that can be read.
    var event: (text: String, file: String)?
    /// Whether the source has an event.yaml, even one that cannot be read (an error says why).
    var hasEvent = false
    /// columns.yaml, when the source has one.
    var mapping = ColumnMapping()
    /// Files and sheets of the source that hold none of the tables, for the report.
    var ignored: [String] = []

    /// Reads the source at `url`: a folder of exports, or one workbook with a sheet per table, with the
    /// mapping at `mappingURL` (by default columns.yaml beside the exports), whose `tables:` names which file
    /// or sheet holds each table when names do not tell.
    static func read(at url: URL, mappingURL: URL?, diagnostics: inout [Diagnostic]) -> SourceFiles {
        var source = SourceFiles()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            diagnostics.append(.error("there is no file or folder at '\(url.path)'", file: url.lastPathComponent))
            return source
        }
        let mappingFile = mappingURL ?? (isDirectory.boolValue ? url.appendingPathComponent("columns.yaml")
            : url.deletingLastPathComponent().appendingPathComponent("columns.yaml"))
        if mappingURL != nil || FileManager.default.fileExists(atPath: mappingFile.path),
           let text = Self.utf8Text(of: mappingFile, &diagnostics) {
            source.mapping = ColumnMapping(text, file: mappingFile.lastPathComponent, diagnostics: &diagnostics)
        }
        if isDirectory.boolValue {
            source.readFolder(url, diagnostics: &diagnostics)
        } else {
            source.readFile(url, wholeSource: true, diagnostics: &diagnostics)
        }
        return source
    }

    /// Reads every file of a folder that holds a table or event.yaml.
    private mutating func readFolder(_ url: URL, diagnostics: inout [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let lower = name.lowercased()
            if lower == "event.yaml" || lower == "event.yml" {
                hasEvent = true
                if let text = Self.utf8Text(of: url.appendingPathComponent(name), &diagnostics) { event = (text, name) }
            } else if lower.hasSuffix(".csv") || lower.hasSuffix(".txt") || lower.hasSuffix(".tsv")
                        || lower.hasSuffix(".xlsx") {
                readFile(url.appendingPathComponent(name), wholeSource: false, diagnostics: &diagnostics)
            } else if lower.hasSuffix(".xls") || lower.hasSuffix(".ods") || lower.hasSuffix(".numbers") {
                diagnostics.append(.warning("this file is not read: save it as an Excel workbook (.xlsx) or as "
                    + "'CSV UTF-8', and import again", file: name))
                ignored.append(name)
            } else if !["columns.yaml", "import-report.md", "readme.md"].contains(lower) {
                ignored.append(name)
            }
        }
    }

    /// The text of a UTF-8 file; nil, with one error that says why, when it cannot be read or is not UTF-8.
    private static func utf8Text(of url: URL, _ diagnostics: inout [Diagnostic]) -> String? {
        let name = url.lastPathComponent
        if let problem = InputFileCheck.problem(at: url) {
            diagnostics.append(.error(problem, file: name))
            return nil
        }
        do {
            return FolderFiles.utf8Text(try Data(contentsOf: url), file: name, &diagnostics)
        } catch {
            diagnostics.append(.error("the file cannot be read (\(error.localizedDescription))", file: name))
            return nil
        }
    }

    /// Reads one CSV file or workbook; `wholeSource` when the workbook is the whole source.
    private mutating func readFile(_ url: URL, wholeSource: Bool, diagnostics: inout [Diagnostic]) {
        let name = url.lastPathComponent
        let data: Data
        switch InputFileCheck.read(url) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            diagnostics.append(.error(failure.message, file: name))
            return
        }
        guard name.lowercased().hasSuffix(".xlsx") else {
            guard !wholeSource else {
                diagnostics.append(.error("a single CSV file is not a whole source; give the folder that holds "
                    + "the exports of hosts, sessions and visitors", file: name))
                return
            }
            guard let kind = kind(named: name) else {
                ignored.append(name)
                return
            }
            add(CSVSource.read(data, file: name, diagnostics: &diagnostics), as: kind)
            return
        }
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(data, file: name, diagnostics: &diagnostics)
        } catch {
            diagnostics.append(.error(error.message, file: name, sheet: error.sheet))
            return
        }
        let nonEmpty = workbook.sheets.filter { $0.table.header != nil }
        let named = nonEmpty.compactMap { sheet in kind(named: sheet.name).map { (sheet, $0) } }
        if !named.isEmpty {
            for (sheet, kind) in named {
                add(SourceTable(file: name, sheet: sheet.name, table: sheet.table), as: kind)
            }
            ignored += nonEmpty.filter { sheet in !named.contains { $0.0.name == sheet.name } }.map { "\(name) [\($0.name)]" }
        } else if let kind = kind(named: name), let first = nonEmpty.first {
            add(SourceTable(file: name, sheet: first.name, table: first.table), as: kind)
            ignored += nonEmpty.dropFirst().map { "\(name) [\($0.name)]" }
        } else {
            ignored.append(name)
            if wholeSource {
                diagnostics.append(.error("no sheet of this workbook is named after a table: name the sheets "
                    + "like 'Structures', 'Plages' and 'Inscriptions' (or Gastorganisaties, Momenten, "
                    + "Inschrijvingen); it has " + FormText.quotedList(workbook.sheets.map(\.name), conjunction: "and"),
                    file: name))
            }
        }
    }

    /// The table a file or sheet name holds: as columns.yaml says, else as its words say.
    private func kind(named name: String) -> TableKind? {
        mapping.table(named: name) ?? TableKind.named(name)
    }

    /// Adds `table` to the tables of `kind`: several exports of one table (one form per language) are merged.
    private mutating func add(_ table: SourceTable, as kind: TableKind) {
        parts[kind, default: []].append(table)
    }
}
