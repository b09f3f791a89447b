/// Compiled templates by name: the templates a page renders and the partials they include.
struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    /// The template `name` rendered with `data`, or nil when the library has no such template.
    func render(_ data: TemplateData, template name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var out = ""
        template.render(TemplateContext(data, library: self), into: &out)
        return out
    }
}
