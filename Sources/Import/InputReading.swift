import Scheduling

/// What reading an input folder gave: the planning input when it is valid, and every problem found.
public struct InputReading: Sendable {
    /// The validated input; nil when any error was found.
    public let input: PlanningInput?
    /// Errors and warnings, sorted by file, then line, then column.
    public let diagnostics: [Diagnostic]

    /// Creates a reading; the diagnostics are sorted by location.
    public init(input: PlanningInput?, diagnostics: [Diagnostic]) {
        self.input = input
        self.diagnostics = diagnostics.sortedByLocation()
    }

    /// Whether some problem stops planning.
    public var hasErrors: Bool { diagnostics.containsError }

    /// The problems that stop planning.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The problems worth a look that do not stop planning.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
