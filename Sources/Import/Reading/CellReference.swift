/// A1-style worksheet references: column letters, cell names like `C4`, and quoted sheet names.
enum CellReference {
    /// The letters of a 1-based column number: 1 → `A`, 26 → `Z`, 27 → `AA`.
    static func columnLetters(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The 1-based column and row of a reference like `C4`; nil when it is not one. Numbers past
    /// Excel's grid are capped just beyond it (so `ZZZZZZ1` or a 20-digit row never overflow):
    /// check them with `XLSXLimits.isInGrid`.
    static func parse(_ reference: some StringProtocol) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var seenDigit = false
        let cap = 100_000_000
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where !seenDigit: column = min(cap, column * 26 + Int(scalar.value) - 64)
            case 97...122 where !seenDigit: column = min(cap, column * 26 + Int(scalar.value) - 96)
            case 48...57:
                seenDigit = true
                row = min(cap, row * 10 + Int(scalar.value) - 48)
            case 36: continue  // `$` of an absolute reference
            default: return nil
            }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    /// The sheet name as a formula would write it: quoted (`'Mes inscriptions'`) unless it is letters,
    /// digits and `_` only.
    static func quotedSheetName(_ name: String) -> String {
        let plain = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
