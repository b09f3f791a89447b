/// The rows and cells of a worksheet that lie beyond Excel's last cell, XFD1048576: left out of
/// the table and reported as one error that names the first of them and counts the others.
struct OutsideGrid {
    /// The first such row or cell as the sheet writes it, e.g. `cell ZZZZZZ1`.
    private(set) var first: String?
    /// How many there are.
    private(set) var count = 0

    mutating func add(_ place: String) {
        if first == nil { first = String(place.prefix(60)) }
        count += 1
    }

    /// The error, when there is something to report.
    func report(file: String, sheet: String, into diagnostics: inout [Diagnostic]) {
        guard let first else { return }
        let others = count > 1 ? " (and \(count - 1) more)" : ""
        diagnostics.append(.error("\(first)\(others) lies beyond Excel's last cell XFD1048576 (row 1048576, column "
            + "16384), so the file was not written by a spreadsheet program as it is; it was left out. Open the "
            + "workbook in Excel or LibreOffice and save it again", file: file, sheet: sheet))
    }
}
