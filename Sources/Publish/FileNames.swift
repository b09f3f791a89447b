/// The file names of one kind of person (visitors, or hosts): a function of the id that never gives
/// two ids the same name, even on a disk that ignores case, and that every common system accepts.
///
/// A name is the id's readable form: ASCII letters, digits, `-`, `_` and `.` kept, everything else
/// `_`, no leading dot, at most 80 characters, never a name Windows reserves. When that form differs
/// from the id, or when another id of the kind has the same form ignoring case, `~` and a digest of
/// the id (8 hex digits of SHA-256, all 64 in the unheard-of case that 8 are not enough) follow it.
/// The readable form never holds `~`, so a name with a digest never equals a name without one.
struct FileNames {
    /// The longest readable form kept, in characters (ASCII, so bytes); a name stays far below the
    /// 255 bytes that file systems allow.
    static let readableLimit = 80

    /// The name of each id.
    private let names: [String: String]

    /// The names of `ids` (repeats are one id).
    init(ids: [String]) {
        var readable: [String: (form: String, changed: Bool)] = [:]
        var uses: [String: Int] = [:]
        for id in Set(ids) {
            let form = Self.readable(id)
            readable[id] = form
            uses[form.form.lowercased(), default: 0] += 1
        }
        var names: [String: String] = [:]
        for (id, form) in readable {
            let clashes = uses[form.form.lowercased(), default: 0] > 1
            names[id] = form.changed || clashes ? form.form + "~" + String(Self.digest(id).prefix(8)) : form.form
        }
        // Two digests of 8 hex digits can meet; those ids then take the whole digest.
        var byName: [String: [String]] = [:]
        for (id, name) in names { byName[name.lowercased(), default: []].append(id) }
        for (_, clashing) in byName where clashing.count > 1 {
            for id in clashing { names[id] = readable[id]!.form + "~" + Self.digest(id) }
        }
        self.names = names
    }

    /// The file name (without extension) of `id`; for an id not given at creation, its name as if
    /// it were alone.
    subscript(id: String) -> String {
        names[id] ?? FileNames(ids: [id]).names[id]!
    }

    /// The readable form of `id`, and whether it differs from the id.
    static func readable(_ id: String) -> (form: String, changed: Bool) {
        var form = String(id.unicodeScalars.map { scalar -> Character in
            let c = Character(scalar)
            return scalar.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_" || c == ".") ? c : "_"
        })
        if form.count > readableLimit { form = String(form.prefix(readableLimit)) }
        // A leading dot hides a file (and `.` and `..` name folders); Windows drops a trailing one.
        if form.first == "." { form = "_" + form.dropFirst() }
        if form.last == "." { form = form.dropLast() + "_" }
        if form.isEmpty { form = "_" }
        if isReservedOnWindows(form) { form = "_" + form }
        return (form, form != id)
    }

    /// Whether Windows refuses `name` as a file name: CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9,
    /// in any case, alone or before an extension (Microsoft, "Naming Files, Paths, and Namespaces").
    static func isReservedOnWindows(_ name: String) -> Bool {
        let stem = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0].uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(stem) { return true }
        guard stem.count == 4, let digit = stem.last, digit.isASCII, digit.isNumber else { return false }
        return stem.hasPrefix("COM") || stem.hasPrefix("LPT")
    }

    /// The SHA-256 of the id's UTF-8 bytes, in lower-case hex.
    private static func digest(_ id: String) -> String { SHA256.hex(id) }
}
