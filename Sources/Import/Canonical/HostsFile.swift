import Scheduling

/// hosts.csv: the hosting structures, one per row, each value checked against the contract.
struct HostsFile {
    static let name = ContractFile.hosts.name
    static let required = ContractFile.hosts.required
    static let optional = ContractFile.hosts.optional

    /// A row with an id: where it is, and the host when every value of the row is valid.
    struct Entry {
        let id: String
        let line: Int
        /// The field number of host_id, to point at the row.
        let idColumn: Int?
        let host: Host?
    }

    /// The file name (and worksheet) that diagnostics about its rows name.
    private(set) var file = name
    private(set) var sheet: String?
    /// The first row of each id, in file order.
    private(set) var entries: [Entry] = []
    /// Whether the file has a host_id column, so that other files can be checked against its ids.
    private(set) var hasIDs = false
    private(set) var registry = IDRegistry()
    private var index: [String: Int] = [:]

    /// Reads the rows of `table`, adding every problem found to `diagnostics`.
    init(table: CSVTable, file: String = name, diagnostics: inout [Diagnostic]) {
        self.file = file
        sheet = table.sheet
        guard let columns = HeaderMap.of(table, file: file, required: Self.required, optional: Self.optional,
                                         diagnostics: &diagnostics) else { return }
        hasIDs = columns.has("host_id")
        for record in table.rows where !record.isBlank {
            read(record, columns, &diagnostics)
        }
    }

    /// The host row with this id.
    func entry(_ id: String) -> Entry? { index[id].map { entries[$0] } }

    private mutating func read(_ record: CSVTable.Record, _ columns: HeaderMap, _ diagnostics: inout [Diagnostic]) {
        var problems: [Diagnostic] = []
        columns.checkWidth(of: record, diagnostics: &problems)
        func cell(_ column: String) -> Cell { columns.cell(column, in: record) }

        let idCell = cell("host_id")
        let id = idCell.required(&problems)?.identifier(&problems)
        let isFirst = id.map { registry.register($0, at: idCell, diagnostics: &problems) } ?? false
        let name = cell("name").required(&problems)?.text
        let languages = cell("languages").required(&problems)?.languages(&problems)
        let accessible = cell("accessible").boolean(&problems) ?? false
        let coordinates = Self.coordinates(lat: cell("lat"), lon: cell("lon"), &problems)
        let contactEmail = cell("contact_email").email(&problems, severity: .warning)
        let maxPerDay = cell("max_visitors_per_day").wholeNumber(atLeast: 1, &problems)

        let valid = !problems.containsError
        diagnostics += problems
        guard let id, isFirst else { return }
        var host: Host?
        if valid, let name, let languages {
            host = Host(id: id, name: name, organization: cell("organization").optionalText,
                        sector: cell("sector").optionalText, address: cell("address").optionalText,
                        postcode: cell("postcode").optionalText, commune: cell("commune").optionalText,
                        coordinates: coordinates, languages: languages, accessible: accessible,
                        contactName: cell("contact_name").optionalText, contactEmail: contactEmail,
                        contactPhone: cell("contact_phone").optionalText, description: cell("description").optionalText,
                        maxVisitorsPerDay: maxPerDay)
        }
        index[id] = entries.count
        entries.append(Entry(id: id, line: record.line, idColumn: idCell.column, host: host))
    }

    /// The position from `lat` and `lon`: both or neither must be given.
    private static func coordinates(lat: Cell, lon: Cell, _ problems: inout [Diagnostic]) -> Coordinates? {
        let latitude = lat.degrees(within: -90...90, &problems)
        let longitude = lon.degrees(within: -180...180, &problems)
        if lat.isEmpty != lon.isEmpty {
            let (given, missing) = lat.isEmpty ? (lon, lat) : (lat, lon)
            problems.append(given.error("\(given.header) is given but \(missing.header) is empty; give both or neither"))
            return nil
        }
        guard let latitude, let longitude else { return nil }
        if (2...7).contains(latitude), (49...52).contains(longitude) {
            problems.append(lat.warning("lat \(lat.text) and lon \(lon.text) look swapped: "
                + "in Brussels lat is about 50.8 and lon about 4.4"))
        }
        return Coordinates(latitude: latitude, longitude: longitude)
    }
}
