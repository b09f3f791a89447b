import Yams

/// columns.yaml: which file or sheet holds each table, and which column holds each field when po-plan
/// does not recognise the header by itself.
///
/// ```yaml
/// tables:
///   visitors: Réponses au formulaire 1     # a file name, or a sheet name of a workbook
/// hosts:
///   name: Nom de votre service
///   organization: ""                        # no column: do not guess one
/// visitors:
///   choices: [Premier vœu, Deuxième vœu, Troisième vœu]
/// ```
struct ColumnMapping {
    /// File or sheet name (folded) → the table it holds.
    private(set) var tables: [String: TableKind] = [:]
    /// For each table, field → the headers that hold it (several for ranked choices; none to say "no column").
    private(set) var fields: [TableKind: [String: [String]]] = [:]
    /// Where each field's entry is, to point at it when its header is not found.
    private(set) var lines: [TableKind: [String: Int]] = [:]
    /// The mapping file's name, for diagnostics.
    private(set) var file = "columns.yaml"

    /// No mapping.
    init() {}

    /// Reads the text of columns.yaml; problems go to `diagnostics`, located in the file.
    init(_ text: String, file: String, diagnostics: inout [Diagnostic]) {
        self.file = file
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            diagnostics.append(yaml.report(error))
            return
        }
        guard let root, !root.isNull else { return }
        guard let mapping = root.mapping else {
            diagnostics.append(yaml.error(at: root, "the file must hold blocks named tables, hosts, sessions or visitors, "
                + "like 'hosts:' followed by indented 'field: column header' lines, found \(root.foundDescription)"))
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if key == "tables" {
                readTables(value, diagnostics: &diagnostics)
            } else if let kind = TableKind(rawValue: key) {
                readFields(value, of: kind, diagnostics: &diagnostics)
            } else {
                diagnostics.append(yaml.error(at: keyNode, "unknown key '\(key)'; the keys are tables, hosts, sessions "
                    + "and visitors" + IdSuggestion.hint(for: key, among: ["tables"] + TableKind.allCases.map(\.rawValue))))
            }
        }
    }

    /// The table named by a file or sheet name in `tables:`.
    func table(named name: String) -> TableKind? { tables[FormText.fold(name)] }

    /// The headers given for a field of a table; nil when the mapping does not name the field.
    func headers(_ field: String, of kind: TableKind) -> [String]? { fields[kind]?[field] }

    /// The line of a field's entry, to point at it.
    func line(_ field: String, of kind: TableKind) -> Int? { lines[kind]?[field] }

    /// Every field the mapping names for a table.
    func mappedFields(of kind: TableKind) -> [String: [String]] { fields[kind] ?? [:] }

    /// Reads `tables:`, a block of `table: file name` lines.
    private mutating func readTables(_ node: Node, diagnostics: inout [Diagnostic]) {
        if node.isNull { return }
        guard let mapping = node.mapping else {
            diagnostics.append(yaml.error(at: node, "tables must be a block of 'table: file name' lines, like "
                + "'visitors: Réponses au formulaire 1' on an indented line, found \(node.foundDescription)"))
            return
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard let kind = TableKind(rawValue: key) else {
                diagnostics.append(yaml.error(at: keyNode, "unknown table '\(key)'; the tables are hosts, sessions and "
                    + "visitors" + IdSuggestion.hint(for: key, among: TableKind.allCases.map(\.rawValue))))
                continue
            }
            guard let name = value.scalar?.string else {
                diagnostics.append(yaml.error(at: value, "tables.\(key) must be one file or sheet name, found "
                    + value.foundDescription))
                continue
            }
            if !name.isEmpty { tables[FormText.fold(name)] = kind }
        }
    }

    /// Reads the block of a table, `field: column header` lines.
    private mutating func readFields(_ node: Node, of kind: TableKind, diagnostics: inout [Diagnostic]) {
        if node.isNull { return }
        guard let mapping = node.mapping else {
            diagnostics.append(yaml.error(at: node, "\(kind.rawValue) must be a block of 'field: column header' lines, "
                + "like 'name: Nom de votre service' on an indented line, found \(node.foundDescription)"))
            return
        }
        let known = kind.columns + HeaderVocabulary.synonyms(kind).keys.filter { !kind.columns.contains($0) }
        for (keyNode, value) in mapping {
            let field = keyNode.string ?? ""
            guard known.contains(field) else {
                diagnostics.append(yaml.error(at: keyNode, "unknown field '\(field)' for \(kind.rawValue); the fields are "
                    + known.sorted().joined(separator: ", ") + IdSuggestion.hint(for: field, among: known)))
                continue
            }
            let headers = value.sequence.map { $0.compactMap(\.string) } ?? [value.string ?? ""]
            fields[kind, default: [:]][field] = headers.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            lines[kind, default: [:]][field] = keyNode.mark?.line
        }
    }

    /// Locates diagnostics at the nodes of the mapping file.
    private var yaml: YAMLDiagnostics { YAMLDiagnostics(file: file) }
}
