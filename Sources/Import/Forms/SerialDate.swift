import Scheduling

/// Dates as spreadsheets count them: a serial number of days since 1899-12-30 (Excel's count, which
/// LibreOffice and Google Sheets share). A date cell that lost its date format shows that number.
enum SerialDate {
    /// The days from 1899-12-30 to 1970-01-01.
    private static let epochOffset = 25_569

    /// The date of a serial number written as text (`45966`, or `45966.0` and `45966,0` as some exports
    /// write it); nil when the text is not a whole number of days from 1900 on.
    static func date(serial text: String) -> LocalDate? {
        var digits = text.trimmingSpaces()
        for zero in [".0", ",0", ".00", ",00"] where digits.hasSuffix(zero) { digits = String(digits.dropLast(zero.count)) }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let serial = Int(digits),
              serial >= 61 else { return nil }
        return LocalDate(daysSinceEpoch: serial - epochOffset)
    }
}
