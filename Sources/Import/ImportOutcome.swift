/// What importing a source gave: the canonical folder's files, what was read, and every row that was not
/// carried over with its reasons.
public struct ImportOutcome: Sendable {
    /// How many rows one source table had and what became of them.
    public struct TableCount: Sendable, Equatable {
        /// The table as the team knows it, e.g. `inscriptions.csv` or `PO.xlsx [Inscriptions]`.
        public let source: String
        /// Which table of the plan it holds: hosts, sessions or visitors.
        public let kind: String
        /// Data rows (blank rows are not counted).
        public let rowsIn: Int
        /// Rows written to the canonical folder.
        public let rowsOut: Int
        /// Rows not carried over, each listed in `leftOut`.
        public let rowsLeftOut: Int
        /// Registrations replaced by a later one of the same person, each listed in `merged`.
        public var rowsMerged = 0
    }

    /// A registration that a later one of the same person (same e-mail) replaces.
    public struct MergedRow: Sendable, Equatable {
        /// The table it belongs to.
        public let source: String
        /// Where the replaced row is.
        public let location: String
        /// Where the registration that counts is.
        public let keptAt: String
    }

    /// A source row that is not in the canonical folder, and why.
    public struct LeftOutRow: Sendable, Equatable {
        /// The table it belongs to.
        public let source: String
        /// Where the row is: `inscriptions.csv:7` or `PO.xlsx:Inscriptions!7:7`.
        public let location: String
        /// The problems that kept it out.
        public let reasons: [String]
    }

    /// What was read, with every problem (sorted by place); `input` is nil when something stops planning.
    public let reading: InputReading
    /// The canonical folder: event.yaml, hosts.csv, sessions.csv, visitors.csv and import-report.md.
    public let files: [(path: String, contents: String)]
    /// Rows in and out for each source table.
    public let counts: [TableCount]
    /// Every source row that was not carried over.
    public let leftOut: [LeftOutRow]
    /// Every registration replaced by a later one of the same person.
    public var merged: [MergedRow] = []
    /// Files and sheets of the source that hold none of the tables.
    public let ignored: [String]
    /// Rows written to each canonical file.
    public let written: [String: Int]

    /// The contents of a file of the canonical folder.
    public func file(_ path: String) -> String? { files.first { $0.path == path }?.contents }
}
