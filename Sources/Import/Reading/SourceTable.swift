/// One table of a source as read: a CSV file or one worksheet, with the name of its file (and sheet) for
/// diagnostics and the table of the plan it holds.
struct SourceTable {
    /// The file name as the user knows it, e.g. `inscriptions.csv` or `Portes ouvertes.xlsx`.
    let file: String
    /// The worksheet, for a workbook.
    let sheet: String?
    /// The records, with lines (rows) and columns as in the file.
    let table: CSVTable
    /// The field separator of a CSV file; nil for a worksheet, whose values cannot be shifted by one.
    var delimiter: Character? = nil

    /// `inscriptions.csv` or `Portes ouvertes.xlsx [Visiteurs]`, to name the table in reports.
    var displayName: String { sheet.map { "\(file) [\($0)]" } ?? file }

    /// The records that hold data: the non-blank records after the header.
    var dataRows: [CSVTable.Record] { table.rows.filter { !$0.isBlank } }
}
