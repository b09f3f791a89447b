/// The column of each pair of the model, nil for a pair without one (an aggregated suggestion).
///
/// Four bytes a pair instead of an `Int?`'s sixteen: the stress profile has 7.3 million pairs,
/// nearly all of them without a column.
struct PairColumns: RandomAccessCollection, MutableCollection, Sendable {
    private var storage: [Int32]

    /// `count` pairs, none with a column yet.
    init(count: Int) { storage = Array(repeating: -1, count: count) }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    subscript(j: Int) -> Int? {
        get { storage[j] < 0 ? nil : Int(storage[j]) }
        set {
            precondition((newValue ?? 0) >= 0 && (newValue ?? 0) <= Int(Int32.max), "a column index")
            storage[j] = newValue.map { Int32($0) } ?? -1
        }
    }
}
