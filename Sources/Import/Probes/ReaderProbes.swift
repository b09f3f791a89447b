import Foundation
import Scheduling

/// Entry points for the fuzz targets (`Sources/fuzz-*`): each reads one hostile input the way po-plan
/// does and stops the process (`preconditionFailure`) when a property every reading keeps is broken.
package enum ReaderProbes {
    /// The table a CSV probe stands for, chosen by the first byte of the input.
    private static let csvRoles = ["hosts.csv", "sessions.csv", "visitors.csv", "pins.csv"]

    /// The sample week, read once: the probe replaces one of its tables with the fuzzed one.
    private static let week: (event: Event?, tables: [String: CSVTable]) = {
        var ignored: [Diagnostic] = []
        let texts = ["hosts.csv": SampleWeek.hosts, "sessions.csv": SampleWeek.sessions,
                     "visitors.csv": SampleWeek.visitors, "pins.csv": SampleWeek.pins]
        return (EventFile.read(SampleWeek.event, diagnostics: &ignored),
                texts.mapValues { CSVReader().read(Data($0.utf8), file: "sample.csv").table })
    }()

    /// Reads `data` (after its first byte) as a CSV file: as forms save it (`CSVSource`: encoding and
    /// delimiter found), and as the canonical table its first byte names, checked row by row and
    /// against the rest of `SampleWeek`. Returns the number of diagnostics.
    @discardableResult
    package static func csv(_ data: Data) -> Int {
        guard let role = data.first.map({ csvRoles[Int($0) % csvRoles.count] }) else { return 0 }
        let bytes = Data(data.dropFirst())
        var diagnostics: [Diagnostic] = []
        let exported = CSVSource.read(bytes, file: "export.csv", diagnostics: &diagnostics)
        checkRoundTrip(exported.table, delimiter: exported.delimiter ?? ",",
                       problems: diagnostics.filter { $0.file == "export.csv" && $0.line != nil })
        let (table, problems) = CSVReader().read(bytes, file: role)
        checkRoundTrip(table, delimiter: ",", problems: problems)
        diagnostics += problems
        func file(_ name: String) -> (table: CSVTable, file: String) { (name == role ? table : week.tables[name]!, name) }
        let checked = CheckedTables(event: week.event, hosts: file("hosts.csv"), sessions: file("sessions.csv"),
                                    visitors: file("visitors.csv"), pins: file("pins.csv"), diagnostics: &diagnostics)
        _ = checked.planningInput(event: week.event, source: "probe", diagnostics: &diagnostics)
        checkPrintable(diagnostics)
        return diagnostics.count
    }

    /// Reads `data` as event.yaml; an event that is read keeps every value within its range.
    @discardableResult
    package static func eventYAML(_ data: Data) -> Int {
        var diagnostics: [Diagnostic] = []
        guard let text = FolderFiles.utf8Text(data, file: "event.yaml", &diagnostics) else { return diagnostics.count }
        if let event = EventFile.read(text, diagnostics: &diagnostics) {
            precondition(ValueRange.maxChoices.contains(event.maxChoices), "max_choices \(event.maxChoices) out of range")
            precondition(ValueRange.maxVisits.contains(event.defaultMaxVisits), "default_max_visits out of range")
            precondition(ValueRange.speedKmh.contains(event.travel.speedKmh), "speed_kmh out of range")
            precondition(ValueRange.overheadMinutes.contains(event.travel.overheadMinutes), "overhead_min out of range")
            precondition(ValueRange.defaultMinutes.contains(event.travel.defaultMinutes), "default_min out of range")
            precondition(TimeZone(identifier: event.timezone) != nil, "unknown time zone \(event.timezone) accepted")
            precondition(!event.objective.isEmpty, "an empty objective was accepted")
        }
        checkPrintable(diagnostics)
        return diagnostics.count
    }

    /// Reads `data` as columns.yaml, then looks up every table and field it may name.
    @discardableResult
    package static func columnsYAML(_ data: Data) -> Int {
        var diagnostics: [Diagnostic] = []
        guard let text = FolderFiles.utf8Text(data, file: "columns.yaml", &diagnostics) else { return diagnostics.count }
        let mapping = ColumnMapping(text, file: "columns.yaml", diagnostics: &diagnostics)
        for kind in TableKind.allCases {
            for (field, headers) in mapping.mappedFields(of: kind) {
                precondition(mapping.headers(field, of: kind) == headers, "a field's headers change between lookups")
            }
        }
        checkPrintable(diagnostics)
        return diagnostics.count
    }

    /// When the reader found nothing to say, writing every field back quoted and reading it again gives
    /// the same records: no field is lost, split or changed.
    private static func checkRoundTrip(_ table: CSVTable, delimiter: Character, problems: [Diagnostic]) {
        guard problems.isEmpty, let separator = delimiter.unicodeScalars.first else { return }
        let text = table.records.map { record in
            record.fields.map { "\"" + $0.text.replacingScalars(["\"": "\"\""]) + "\"" }
                .joined(separator: String(delimiter))
        }.joined(separator: "\n")
        let (again, more) = CSVReader(delimiter: separator).read(Data(text.utf8), file: "again.csv")
        precondition(more.isEmpty, "the quoted copy of a clean file has problems: \(more)")
        precondition(again.records.map(\.texts) == table.records.map(\.texts), "the quoted copy reads differently")
    }

    /// What po-plan prints about the input shows no raw control character, whatever the input holds.
    private static func checkPrintable(_ diagnostics: [Diagnostic]) {
        for line in Diagnostic.cappedLines(diagnostics) {
            precondition(!line.unicodeScalars.contains(where: Diagnostic.isInvisibleControl),
                         "a printed diagnostic holds a control character")
        }
        _ = Diagnostic.json(diagnostics)
    }
}
