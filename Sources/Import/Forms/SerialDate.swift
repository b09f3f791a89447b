import Scheduling

/// Dates as spreadsheets count them: a serial number of days since 1899-12-30 (Excel's count, which
/// LibreOffice and Google Sheets share). A date cell that lost its date format shows that number.
enum SerialDate {
    /// The date that is `days` days after 1970-01-01.
    static func date(daysSinceEpoch days: Int) -> LocalDate {
        // Howard Hinnant's civil_from_days (public-domain algorithm, "chrono-Compatible Low-Level Date Algorithms").
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return LocalDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// The days from 1899-12-30 to 1970-01-01.
    private static let epochOffset = 25_569

    /// The date of a serial number written as text (`45966`, or `45966.0` and `45966,0` as some exports
    /// write it); nil when the text is not a whole number of days from 1900 on.
    static func date(serial text: String) -> LocalDate? {
        var digits = text.trimmingSpaces()
        for zero in [".0", ",0", ".00", ",00"] where digits.hasSuffix(zero) { digits = String(digits.dropLast(zero.count)) }
        guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let serial = Int(digits),
              serial >= 61 else { return nil }
        return date(daysSinceEpoch: serial - epochOffset)
    }
}
