/// A cell of a source, to tell whether two diagnostics point at the same place.
struct DiagnosticPlace: Hashable {
    let file: String
    let sheet: String?
    let line: Int?
    let column: Int?

    /// The place of a diagnostic.
    init(_ diagnostic: Diagnostic) {
        file = diagnostic.file
        sheet = diagnostic.sheet
        line = diagnostic.line
        column = diagnostic.column
    }

    /// `inscriptions.csv:7` or `PO.xlsx:Inscriptions!7:7`: where a whole row is.
    static func rowLocation(_ source: SourceTable, _ line: Int) -> String {
        Diagnostic.error("", file: source.file, sheet: source.sheet, line: line).location
    }
}
