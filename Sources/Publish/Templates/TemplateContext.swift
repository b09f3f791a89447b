/// What a template renders with: the values in scope (innermost last), the position in the list
/// being rendered, the indentation of the partial being rendered, the content type and the library
/// its partials come from.
struct TemplateContext {
    var stack: [TemplateData]
    var position: ListPosition?
    var indentation: String?
    var contentType: TemplateContentType
    let library: TemplateLibrary

    /// The context of a template rendered on its own with `data`.
    init(_ data: TemplateData, library: TemplateLibrary) {
        stack = [data]
        position = nil
        indentation = nil
        contentType = .html
        self.library = library
    }

    /// The value `name` reads here, or nil when no context has it.
    func value(_ name: Template.Name) -> TemplateData? {
        switch name {
        case .current:
            return stack.last
        case .position(let property):
            return position?.value(property)
        case .path(let parts):
            // The first part is looked up from the innermost context out; the rest inside what it found.
            guard let found = stack.reversed().lazy.compactMap({ $0[parts[0]] }).first else { return nil }
            var value = found
            for part in parts.dropFirst() {
                guard let inner = value[part] else { return nil }
                value = inner
            }
            return value
        }
    }

    /// This context with `data` in scope, outside any list.
    func entering(_ data: TemplateData) -> TemplateContext {
        var context = self
        context.stack.append(data)
        context.position = nil
        return context
    }

    /// This context with one element of a list in scope, at `position`.
    func entering(_ element: TemplateData, at position: ListPosition) -> TemplateContext {
        var context = self
        context.stack.append(element)
        context.position = position
        return context
    }

    /// The context a partial starts with: the same values, outside any list, its indentation added
    /// to this one's when its tag stood alone, and HTML until its pragma says otherwise.
    func enteringPartial(indentation more: String?) -> TemplateContext {
        var context = self
        if let more { context.indentation = (indentation ?? "") + more }
        context.position = nil
        context.contentType = .html
        return context
    }
}
