/// A compiled template: the Mustache subset the built-in layouts and words use, parsed once.
///
/// Supported: text; `{{name}}` (escaped for the template's content type), `{{{name}}}` and
/// `{{& name}}` (as they are); dotted names (`{{a.b}}`) and `{{.}}`; sections `{{#name}}…{{/name}}`
/// and inverted sections `{{^name}}…{{/name}}`, also on a list's position (`{{#first()}}`,
/// `{{^last()}}`, `index()`, `even()`, `odd()`); partials `{{> name}}`; comments `{{! … }}`; and
/// the pragma `{{% CONTENT_TYPE: NAME}}` (see `TemplateContentType`). A tag alone on its line
/// (a section, a comment, a partial, a pragma) takes the line with it, as the Mustache
/// specification says; a partial alone on its line is indented as its tag is. Set delimiters,
/// inheritance, lambdas and transforms of values are not supported: a template using them does
/// not parse.
struct Template: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        /// Text written as it is.
        case text(String)
        /// A value, escaped for the content type or not.
        case variable(Name, escaped: Bool)
        /// A section, or an inverted one, and what it holds.
        case section(Name, inverted: Bool, [Node])
        /// Another template of the library; `indentation` when its tag stands alone on a line.
        case partial(String, indentation: String?)
        /// The content type of what follows, in this template.
        case contentType(TemplateContentType)
    }

    /// A name as a tag gives it.
    enum Name: Sendable, Equatable {
        /// `.`: the current value.
        case current
        /// `a` or `a.b.c`: the first part looked up in every enclosing context, the rest inside it.
        case path([String])
        /// `first()`, `last()`, `index()`, `even()`, `odd()`: the position in the list being rendered.
        case position(ListPosition.Property)
    }

    /// The template's pieces, in order.
    let nodes: [Node]

    /// The template of `text`, or the error that says where it does not parse.
    init(parsing text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseAll()
    }

    /// The template of these pieces (a section's, rendered on its own).
    init(nodes: [Node]) {
        self.nodes = nodes
    }
}
