/// Keeps the account of the rows of the source tables: which canonical rows are written, which source rows
/// are left out and why, so that every data row ends in the canonical folder or in the report.
struct RowLedger {
    /// A row of a source table.
    struct RowKey: Hashable {
        let file: String
        let sheet: String?
        let line: Int
    }

    /// A source table.
    struct TableKey: Hashable {
        let file: String
        let sheet: String?
    }

    /// The errors on each row (location and message).
    private var rowErrors: [RowKey: [String]] = [:]
    /// The errors about a whole table (at its header, or with no line), which keep all its rows out.
    private var tableErrors: [TableKey: [Diagnostic]] = [:]
    /// The rows written, by source table and kind of canonical table.
    private var written: [String: Set<Int>] = [:]
    private var recorded: Set<RowKey> = []
    /// The rows left out, in the order they were found.
    private(set) var leftOut: [ImportOutcome.LeftOutRow] = []
    /// The registrations replaced by a later one of the same person, in the order they were found.
    private(set) var merged: [ImportOutcome.MergedRow] = []
    private var mergedRows: Set<RowKey> = []
    /// Warnings about rows left out for another row's sake, to add to the diagnostics.
    private(set) var notes: [Diagnostic] = []

    /// Indexes the errors of `diagnostics` by row and by table.
    init(diagnostics: [Diagnostic]) {
        for d in diagnostics where d.isError {
            if let line = d.line {
                rowErrors[RowKey(file: d.file, sheet: d.sheet, line: line), default: []].append("\(d.location): \(d.message)")
            }
            tableErrors[TableKey(file: d.file, sheet: d.sheet), default: []].append(d)
        }
    }

    /// The rows of `table` to write: those whose source row has no error, whose id gave a model on that
    /// row (`models` gives the check line of the model of an id, nil when it has none), and for which
    /// `dependsOn` names no row left out. The other rows are recorded as left out with their reasons.
    mutating func keep(_ table: CanonicalTable?, models: (String) -> Int?,
                       dependsOn: (CanonicalTable.Row) -> String? = { _ in nil }) -> [CanonicalTable.Row] {
        guard let table else { return [] }
        var kept: [CanonicalTable.Row] = []
        for row in table.rows {
            let source = table.source(of: row)
            let key = RowKey(file: source.file, sheet: source.sheet, line: row.line)
            let headerLine = source.table.header?.line
            let wholeTable = (tableErrors[TableKey(file: source.file, sheet: source.sheet)] ?? [])
                .filter { $0.line == nil || $0.line == headerLine }.map { "\($0.location): \($0.message)" }
            let dependency = dependsOn(row)
            let fails = !wholeTable.isEmpty || rowErrors[key] != nil
                || models(row.text(table.kind.idColumn)) != row.checkLine || dependency != nil
            guard fails else {
                kept.append(row)
                written["\(source.displayName)|\(table.kind)", default: []].insert(row.line)
                continue
            }
            var reasons = wholeTable + (rowErrors[key] ?? [])
            if let dependency {
                reasons.append(dependency)
                notes.append(.warning("this row is not carried over: \(dependency)", file: source.file,
                                      sheet: source.sheet, line: row.line))
            }
            if reasons.isEmpty {
                reasons = ["the row could not be read for a reason that was not reported; please report this as a "
                    + "bug of po-plan"]
            }
            record(key, source: source, reasons: reasons)
        }
        return kept
    }

    /// Records a registration replaced by a later one of the same person: not written, not an error.
    mutating func replace(_ replaced: DuplicateRegistrations.Replaced) {
        let key = RowKey(file: replaced.source.file, sheet: replaced.source.sheet, line: replaced.line)
        guard mergedRows.insert(key).inserted else { return }
        merged.append(ImportOutcome.MergedRow(source: replaced.source.displayName,
                                              location: DiagnosticPlace.rowLocation(replaced.source, replaced.line),
                                              keptAt: replaced.keptAt))
    }

    /// Adds a left-out row once, or adds reasons to it.
    private mutating func record(_ key: RowKey, source: SourceTable, reasons: [String]) {
        if recorded.insert(key).inserted {
            leftOut.append(ImportOutcome.LeftOutRow(source: source.displayName,
                                                    location: DiagnosticPlace.rowLocation(source, key.line), reasons: reasons))
        } else if let index = leftOut.firstIndex(where: { $0.location == DiagnosticPlace.rowLocation(source, key.line) }) {
            let known = Set(leftOut[index].reasons)
            let more = reasons.filter { !known.contains($0) }
            leftOut[index] = ImportOutcome.LeftOutRow(source: source.displayName, location: leftOut[index].location,
                                                      reasons: leftOut[index].reasons + more)
        }
    }

    /// Rows in, written, left out and replaced by a later registration, for the source table of `kind`.
    func count(_ source: SourceTable, kind: TableKind) -> ImportOutcome.TableCount {
        let rows = Set(source.dataRows.map(\.line))
        let out = (written["\(source.displayName)|\(kind)"] ?? []).intersection(rows)
        let left = Set(recorded.filter { $0.file == source.file && $0.sheet == source.sheet }.map(\.line))
            .intersection(rows)
        let replaced = Set(mergedRows.filter { $0.file == source.file && $0.sheet == source.sheet }.map(\.line))
            .intersection(rows).subtracting(left)
        return ImportOutcome.TableCount(source: source.displayName, kind: kind.rawValue, rowsIn: rows.count,
                                        rowsOut: out.subtracting(left).count, rowsLeftOut: left.count,
                                        rowsMerged: replaced.count)
    }
}
