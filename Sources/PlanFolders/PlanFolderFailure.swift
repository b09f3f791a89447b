/// Why a plan folder or a previous plan cannot be used: the lines to show, each a whole sentence
/// starting with `error:` (or `warning:` for what came before the error).
public struct PlanFolderFailure: Error, CustomStringConvertible {
    /// The lines, in order.
    public let lines: [String]

    public init(_ lines: [String]) { self.lines = lines }
    public init(_ line: String) { self.lines = [line] }

    public var description: String { lines.joined(separator: "\n") }
}
