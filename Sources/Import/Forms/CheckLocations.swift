/// Where the contract's checks of a merged table point, mapped back to the sources.
///
/// The checks read one table under the first source's file name. A row of the n-th source (from 0) is
/// given the line `n · stride + line`, so that rows of two exports never share a line; every diagnostic
/// of the checks is then moved back to its own file, sheet and row, in its location and in its text.
struct CheckLocations {
    /// Lines of the n-th source start at n times this (no export has a million rows).
    static let stride = 1_000_000

    /// The sources of the table, in order.
    let sources: [SourceTable]

    /// The check line of `line` of the source `part`.
    static func line(_ line: Int, part: Int) -> Int { part * stride + line }

    /// The diagnostic as it points at the sources.
    func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        guard sources.count > 1, let first = sources.first, diagnostic.file == first.file,
              diagnostic.sheet == first.sheet else { return diagnostic }
        var located = diagnostic
        if let line = diagnostic.line, line >= Self.stride, let (source, real) = place(line) {
            located.file = source.file
            located.sheet = source.sheet
            located.line = real
        }
        located.message = rewrite(diagnostic.message)
        return located
    }

    /// The source and real line of a check line; nil when it is not one.
    private func place(_ line: Int) -> (SourceTable, Int)? {
        let part = line / Self.stride
        guard sources.indices.contains(part) else { return nil }
        return (sources[part], line % Self.stride)
    }

    /// The text with each check line of a later source written as its own place: a row location
    /// (`file:1000007`) becomes that row's location, a bare number its line and table.
    private func rewrite(_ text: String) -> String {
        guard let first = sources.first, text.contains(where: \.isNumber) else { return text }
        var result = text
        for number in Self.numbers(in: text) where number >= Self.stride {
            guard let (source, real) = place(number) else { continue }
            let checkLocation = DiagnosticPlace.rowLocation(first, number)
            if result.contains(checkLocation) {
                result = result.replacingOccurrences(of: checkLocation, with: DiagnosticPlace.rowLocation(source, real))
            } else {
                result = result.replacingOccurrences(of: "\(number)", with: "\(real) of \(source.displayName)")
            }
        }
        return result
    }

    /// The whole numbers written in `text`, largest first (so that no number is a part of an earlier one).
    private static func numbers(in text: String) -> [Int] {
        var found: Set<Int> = []
        var digits = ""
        for character in text + " " {
            if character.isASCIIDigit { digits.append(character); continue }
            if let value = Int(digits) { found.insert(value) }
            digits = ""
        }
        return found.sorted(by: >)
    }
}
