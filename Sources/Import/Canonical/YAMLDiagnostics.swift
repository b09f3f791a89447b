import Yams

/// Diagnostics about a YAML file (event.yaml, columns.yaml), located at the line and column of a node or of
/// the place where Yams stopped reading.
struct YAMLDiagnostics {
    /// The file name as the user knows it.
    let file: String

    /// An error at the node.
    func error(at node: Node, _ message: String) -> Diagnostic {
        .error(message, file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// A warning at the node.
    func warning(at node: Node, _ message: String) -> Diagnostic {
        .warning(message, file: file, line: node.mark?.line, column: node.mark?.column)
    }

    /// An error of Yams (bad syntax, a key given twice) as a diagnostic at the place it names.
    func report(_ error: Error) -> Diagnostic {
        let advice = "; check the indentation, and put values that contain ':' or '#' in quotes"
        switch error as? YamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("this is not valid YAML (\(problem))\(advice)", file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return .error("the key \(names) appears more than once; keep only one",
                          file: file, line: context.mark.line, column: context.mark.column)
        default:
            return .error("this is not valid YAML (\(error))\(advice)", file: file)
        }
    }
}

extension Node {
    /// Whether the node is YAML's null: nothing after the colon, `~` or `null`.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What the node is, to say what was found instead of what was expected: `'text'`, a list or a block of keys.
    var foundDescription: String {
        if let string { return "'\(string)'" }
        return sequence != nil ? "a list" : "a block of keys"
    }
}
