/// Why a typed value could not be read: a message naming what was found, what was expected and, when
/// there is one, a likely fix.
struct ValueProblem: Error, Equatable {
    /// The sentence shown to the team, e.g. `'31/11/2025' is not a date: November has 30 days`.
    var message: String
    /// What the value should look like.
    var expected: String
    /// A likely fix, such as the name that was probably meant.
    var suggestion: String?

    /// Creates a problem.
    init(_ message: String, expected: String, suggestion: String? = nil) {
        self.message = message
        self.expected = expected
        self.suggestion = suggestion
    }
}
