import Scheduling

/// An iCalendar object written line by line: properties with parameters, escaped and folded.
struct ICalendarDocument {
    private(set) var lines: [String] = []

    /// `BEGIN:name`.
    mutating func begin(_ name: String) { lines.append("BEGIN:\(name)") }

    /// `END:name`.
    mutating func end(_ name: String) { lines.append("END:\(name)") }

    /// A property whose value is written as given (dates, numbers, codes, URIs).
    mutating func raw(_ name: String, _ parameters: [(String, String)] = [], _ value: String) {
        let params = parameters.map { ";\($0.0)=\(ICalendarText.parameter($0.1))" }.joined()
        lines.append("\(name)\(params):\(value)")
    }

    /// A TEXT property, escaped; left out when the text is blank.
    mutating func text(_ name: String, _ value: String?) {
        guard let value, !value.trimmingSpaces().isEmpty else { return }
        raw(name, [], ICalendarText.escape(value))
    }

    /// Appends the lines of a component written elsewhere (a VTIMEZONE).
    mutating func append(_ other: ICalendarDocument) { lines += other.lines }

    /// The whole object: every line folded, CRLF line ends.
    var rendered: String {
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 2 })
        for line in lines { ICalendarText.fold(line, into: &out) }
        return out
    }
}
