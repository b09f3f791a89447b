/// The three tables of a plan, with the canonical file each becomes, the words that name it in file and
/// sheet names, and its columns in the contract's order.
enum TableKind: String, CaseIterable, Sendable {
    case hosts
    case sessions
    case visitors

    /// The canonical file name, e.g. `hosts.csv`.
    var canonicalFile: String { contract.name }

    /// The contract's file this table becomes.
    var contract: ContractFile {
        switch self {
        case .hosts: .hosts
        case .sessions: .sessions
        case .visitors: .visitors
        }
    }

    /// The column holding each row's id.
    var idColumn: String { contract.idColumn! }

    /// The prefix and width of the ids po-plan makes when the source has none: `H001`, `S0001`, `V0001`.
    var idPattern: (prefix: String, digits: Int) {
        switch self {
        case .hosts: ("H", 3)
        case .sessions: ("S", 4)
        case .visitors: ("V", 4)
        }
    }

    /// The canonical columns written, in the contract's order.
    var columns: [String] { contract.names }

    /// The fields a source table must have a column for (ids are made when missing).
    var requiredFields: [String] { contract.required.filter { $0 != idColumn } }

    /// Words (folded) that name the table in a file or sheet name, in French, Dutch and English.
    var nameWords: [String] {
        switch self {
        case .hosts: ["hosts", "host", "structures", "structure", "accueil", "appel", "gastorganisaties",
                      "gastorganisatie", "organisaties", "organisations", "lieux", "diensten", "services"]
        case .sessions: ["sessions", "session", "plages", "plage", "creneaux", "creneau", "momenten", "moment",
                         "sessies", "horaires", "slots", "tijdsloten", "visites"]
        case .visitors: ["visitors", "visitor", "visiteurs", "inscriptions", "inscription", "inschrijvingen",
                         "deelnemers", "participants", "registrations", "bezoekers", "professionnels"]
        }
    }

    /// The table that a file or sheet name names (`Inscriptions PO 2025.xlsx` → visitors); nil when none
    /// or more than one does.
    static func named(_ name: String) -> TableKind? {
        var stem = name
        if let dot = stem.lastIndex(of: "."), stem[dot...].count <= 5 { stem = String(stem[..<dot]) }
        let words = Set(FormText.words(stem))
        let kinds = allCases.filter { !words.isDisjoint(with: $0.nameWords) }
        return kinds.count == 1 ? kinds[0] : nil
    }
}
