/// A file of the contract's input folder (§1) and its columns in the contract's order: the one
/// place where a column of the canonical files is named, so that a new column is one line here.
struct ContractFile: Sendable {
    /// The file name, e.g. `hosts.csv`.
    let name: String
    /// The column holding each row's id; nil for pins.csv, whose rows have none.
    let idColumn: String?
    /// Every column, in the contract's order, with whether a file must have it.
    let columns: [(name: String, required: Bool)]

    /// The columns a file must have.
    var required: [String] { columns.filter(\.required).map(\.name) }
    /// The columns a file may have.
    var optional: [String] { columns.filter { !$0.required }.map(\.name) }
    /// Every column, in the contract's order.
    var names: [String] { columns.map(\.name) }

    static let hosts = ContractFile(name: "hosts.csv", idColumn: "host_id", columns: [
        ("host_id", true), ("name", true), ("organization", false), ("sector", false), ("address", false),
        ("postcode", false), ("commune", false), ("lat", false), ("lon", false), ("languages", true),
        ("accessible", false), ("contact_name", false), ("contact_email", false), ("contact_phone", false),
        ("description", false), ("max_visitors_per_day", false),
    ])

    static let sessions = ContractFile(name: "sessions.csv", idColumn: "session_id", columns: [
        ("session_id", true), ("host_id", true), ("kind", false), ("date", true), ("start", true), ("end", true),
        ("capacity", true), ("min_visitors", false), ("languages", false), ("title", false), ("cancelled", false),
    ])

    static let visitors = ContractFile(name: "visitors.csv", idColumn: "visitor_id", columns: [
        ("visitor_id", true), ("first_name", true), ("last_name", true), ("email", true), ("phone", false),
        ("role", false), ("organization", false), ("sector", false), ("language", false), ("languages", true),
        ("max_visits", false), ("choices", false), ("available", false), ("needs_access", false),
        ("open_to_suggestions", false), ("registered_at", false), ("cancelled", false), ("group", false),
        ("priority", false),
    ])

    /// pins.csv (optional): a row names a session_id or a host_id, one of the two.
    static let pins = ContractFile(name: "pins.csv", idColumn: nil, columns: [
        ("visitor_id", true), ("session_id", false), ("host_id", false), ("pin", true), ("note", false),
    ])

    /// event.yaml, the one file of the folder that is not a table.
    static let eventName = "event.yaml"

    /// The three tables every plan has.
    static let tables = [hosts, sessions, visitors]

    /// Every file of an input folder, in the order people read about them.
    static let folderFiles = [eventName] + tables.map(\.name) + [pins.name]
}
