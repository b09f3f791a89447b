/// Compiles the built-in templates; they are constants, so one that does not parse is a bug.
enum TemplateCompiler {
    /// The compiled template, or a crash naming the template when the text does not parse.
    static func compile(_ text: String, name: String) -> Template {
        do {
            return try Template(parsing: text)
        } catch {
            preconditionFailure("built-in template \(name) does not parse: \(error)")
        }
    }
}
