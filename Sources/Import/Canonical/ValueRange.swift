/// The range of every number an input gives, checked by `validate` before anything is built, so
/// that no later arithmetic on them can overflow, allocate without bound or take forever.
///
/// The bounds are far beyond any real open-door week (a session of a few dozen people, five
/// choices, two or three visits) and far below where the model, the report or the travel times
/// would run out of room.
public enum ValueRange {
    /// capacity of a session.
    public static let capacity = 1...10_000
    /// min_visitors of a session.
    public static let minVisitors = 1...10_000
    /// max_visits of a visitor, and default_max_visits of the event.
    public static let maxVisits = 0...100
    /// max_choices of the event: at most 20 ranked choices count.
    public static let maxChoices = 1...20
    /// travel.speed_kmh: from a slow walk to a fast train.
    public static let speedKmh = 0.5...300.0
    /// travel.overhead_min: at most a day.
    public static let overheadMinutes = 0.0...1_440.0
    /// travel.default_min: at most a day.
    public static let defaultMinutes = 0...1_440
    /// max_visitors_per_day of a host.
    public static let maxVisitorsPerDay = 1...100_000
    /// `--time-limit`, in seconds: at most a week.
    public static let timeLimitSeconds = 0.001...604_800.0

    /// `from 1 to 10000`, for messages.
    public static func words(_ range: ClosedRange<Int>) -> String {
        "from \(range.lowerBound) to \(range.upperBound)"
    }

    /// `from 0.5 to 300`, for messages (whole bounds without a decimal point).
    public static func words(_ range: ClosedRange<Double>) -> String {
        "from \(number(range.lowerBound)) to \(number(range.upperBound))"
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
