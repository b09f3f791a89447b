import Foundation
import Import

/// One file's part of a change of the week: which canonical file, what the log says of it (ids
/// only), and the edit, of a table (hosts.csv, sessions.csv, visitors.csv, pins.csv) or of event.yaml.
public struct FileChange: Sendable {
    /// How the file is changed.
    public enum Edit: Sendable {
        /// A CSV file; `columns` is the header of a file that does not exist yet.
        case table(columns: [String], @Sendable (inout CanonicalTableEdit) throws -> Void)
        /// event.yaml.
        case event(@Sendable (inout EventFileEdit) throws -> Void)
    }

    public let file: String
    public let log: String
    public let edit: Edit

    public init(file: String, log: String, edit: Edit) {
        self.file = file
        self.log = log
        self.edit = edit
    }

    /// A change of CSV file `file`.
    public static func table(_ file: String, log: String, columns: [String] = [],
                             _ change: @escaping @Sendable (inout CanonicalTableEdit) throws -> Void) -> FileChange {
        FileChange(file: file, log: log, edit: .table(columns: columns, change))
    }

    /// A change of event.yaml.
    public static func event(log: String, _ change: @escaping @Sendable (inout EventFileEdit) throws -> Void) -> FileChange {
        FileChange(file: InputFolder.eventFile, log: log, edit: .event(change))
    }

    /// The file's new bytes made from `old`; nil when the change leaves its content as it was.
    func applied(to old: Data?) throws -> Data? {
        switch edit {
        case let .table(columns, change):
            var table = try CanonicalTableEdit(old, file: file, columns: columns)
            let before = (table.header, table.rows)
            try change(&table)
            return before == (table.header, table.rows) ? nil : table.data
        case let .event(change):
            var event = try EventFileEdit(old, file: file)
            let before = event.text
            try change(&event)
            return before == event.text ? nil : event.data
        }
    }
}
