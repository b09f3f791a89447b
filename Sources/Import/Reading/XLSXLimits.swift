/// How much of a workbook po-plan reads before it refuses it: Excel's own grid, and sizes far
/// beyond a registration form's export (thousands of rows, dozens of columns) but far below what
/// would take gigabytes of memory, so that a small hostile file (a zip bomb, a cell at `ZZZZZZ1`,
/// a million tiny cells) is refused quickly with a clear error.
struct XLSXLimits {
    /// Excel's last row and column, XFD1048576 ("Excel specifications and limits", Microsoft).
    static let excelRows = 1_048_576
    static let excelColumns = 16_384

    /// Most bytes one part (a worksheet, the shared strings) may unpack to.
    var partBytes = 48 * 1024 * 1024
    /// Most bytes all parts read from one workbook may unpack to together.
    var workbookBytes = 128 * 1024 * 1024
    /// Most cells (`<c>` elements) in one workbook.
    var cells = 400_000
    /// Most fields of all rows of one worksheet, counting the empty cells before the last cell of
    /// each row (a row is as wide as its last cell).
    var fields = 2_000_000

    /// The limits po-plan reads with.
    static let standard = XLSXLimits()

    /// `48 MB`, for messages.
    static func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }

    /// Whether `row` and `column` lie within Excel's grid.
    static func isInGrid(row: Int, column: Int) -> Bool {
        (1...excelRows).contains(row) && (1...excelColumns).contains(column)
    }
}
