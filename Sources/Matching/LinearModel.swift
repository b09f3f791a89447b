/// A mixed-integer linear model held in Swift, independent of any solver, so it can be
/// built and inspected in tests without GLPK.
struct LinearModel: Sendable {
    /// A variable of the model.
    struct Column: Sendable, Equatable {
        var kind: Kind
        var lower: Double
        var upper: Double

        /// Whether the variable takes whole values.
        enum Kind: Sendable, Equatable { case binary, continuous }

        static let binary = Column(kind: .binary, lower: 0, upper: 1)
        static func continuous(_ lower: Double, _ upper: Double) -> Column {
            Column(kind: .continuous, lower: lower, upper: upper)
        }
    }

    /// A linear constraint `lower ≤ Σ coefficient·column ≤ upper`; a nil side is unbounded.
    struct Row: Sendable, Equatable {
        var terms: [Term]
        var lower: Double?
        var upper: Double?
        /// The constraint family the row belongs to; nil for rows that only link helper columns.
        var family: ConstraintFamily?
        /// What the row is about, after its family: `S0012` makes the row `capacity_S0012` in exported models
        /// (a row of no family is named by its subject alone, e.g. `covered_V0001`).
        var subject: String?

        init(_ terms: [Term], lower: Double? = nil, upper: Double? = nil, family: ConstraintFamily? = nil,
             subject: String? = nil) {
            self.terms = terms
            self.lower = lower
            self.upper = upper
            self.family = family
            self.subject = subject
        }

        /// The row's name in exported models: family and subject, e.g. `capacity_S0012`.
        var name: String? {
            guard let family else { return subject }
            return subject.map { "\(family.rawValue)_\($0)" } ?? family.rawValue
        }
    }

    /// One coefficient of a row.
    struct Term: Sendable, Equatable {
        var column: Int
        var coefficient: Double

        init(_ column: Int, _ coefficient: Double = 1) {
            self.column = column
            self.coefficient = coefficient
        }
    }

    private(set) var columns: [Column] = []
    private(set) var rows: [Row] = []

    /// Adds a variable and returns its index.
    mutating func addColumn(_ column: Column) -> Int {
        columns.append(column)
        return columns.count - 1
    }

    /// Adds a constraint; terms on one column (a group's shared column) become one term.
    mutating func addRow(_ row: Row) {
        var row = row
        row.terms = Self.merged(row.terms)
        rows.append(row)
    }

    /// The terms with one term per column, coefficients summed, in the order columns first appear.
    static func merged(_ terms: [Term]) -> [Term] {
        guard terms.count > 1 else { return terms }
        var seen = Set<Int>(minimumCapacity: terms.count)
        guard !terms.allSatisfy({ seen.insert($0.column).inserted }) else { return terms }
        var position: [Int: Int] = [:]
        var merged: [Term] = []
        for t in terms {
            if let i = position[t.column] {
                merged[i].coefficient += t.coefficient
            } else {
                position[t.column] = merged.count
                merged.append(t)
            }
        }
        return merged
    }


    /// Removes every row that repeats an earlier one: the same coefficients on the same columns and
    /// the same bounds (a constraint stated twice binds once). Returns how many were removed.
    @discardableResult
    mutating func dropRepeatedRows() -> Int {
        struct Key: Hashable {
            let terms: [Int]
            let coefficients: [Double]
            let lower: Double?
            let upper: Double?
        }
        var seen = Set<Key>()
        let before = rows.count
        rows.removeAll { row in
            let sorted = row.terms.sorted { $0.column < $1.column }
            return !seen.insert(Key(terms: sorted.map(\.column), coefficients: sorted.map(\.coefficient),
                                    lower: row.lower, upper: row.upper)).inserted
        }
        return before - rows.count
    }

    var nonZeroCount: Int { rows.reduce(0) { $0 + $1.terms.count } }
}
