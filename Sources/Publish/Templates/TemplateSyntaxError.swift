/// Where a template does not parse: the byte offset and what was wrong.
struct TemplateSyntaxError: Error, CustomStringConvertible {
    let offset: Int
    let message: String

    var description: String { "at byte \(offset): \(message)" }
}
