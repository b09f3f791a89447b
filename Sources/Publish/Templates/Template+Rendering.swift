extension Template {
    /// This template rendered with `context`, appended to `out`.
    ///
    /// In a partial indented by its tag, each piece that starts a line of what this template has
    /// written so far is indented; a value's own line breaks are not.
    func render(_ context: TemplateContext, into out: inout String) {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in nodes { Self.render(node, &context, into: &out) }
            return
        }
        var written = ""
        for node in nodes {
            var piece = ""
            Self.render(node, &context, into: &piece)
            if !piece.isEmpty, written.last == "\n" { written += indentation }
            written += piece
        }
        out += written
    }

    /// `nodes` rendered with `context`, appended to `out`.
    private static func render(_ nodes: [Node], _ context: TemplateContext, into out: inout String) {
        Template(nodes: nodes).render(context, into: &out)
    }

    private static func render(_ node: Node, _ context: inout TemplateContext, into out: inout String) {
        switch node {
        case .text(let text):
            out += text
        case .variable(let name, let escaped):
            guard let value = context.value(name) else { return }
            out += escaped ? context.contentType.escape(value.written) : value.written
        case .section(let name, let inverted, let inner):
            let value = context.value(name)
            if inverted {
                renderInverted(inner, on: value, context, into: &out)
            } else {
                renderSection(inner, on: value, context, into: &out)
            }
        case .partial(let name, let indentation):
            context.library.templates[name]?.render(context.enteringPartial(indentation: indentation), into: &out)
        case .contentType(let type):
            context.contentType = type
        }
    }

    /// A section: once per element of a list, once when a flag is true, once with text or an object in scope.
    private static func renderSection(_ inner: [Node], on value: TemplateData?, _ context: TemplateContext, into out: inout String) {
        switch value {
        case .list(let elements):
            for (index, element) in elements.enumerated() {
                render(inner, context.entering(element, at: ListPosition(index: index, count: elements.count)), into: &out)
            }
        case .flag(let flag):
            if flag { render(inner, context, into: &out) }
        case .some(let data):
            render(inner, context.entering(data), into: &out)
        case nil:
            break
        }
    }

    /// An inverted section: once when the value is absent, false or an empty list.
    private static func renderInverted(_ inner: [Node], on value: TemplateData?, _ context: TemplateContext, into out: inout String) {
        switch value {
        case .list(let elements):
            if elements.isEmpty { render(inner, context.entering(.list([])), into: &out) }
        case .flag(let flag):
            if !flag { render(inner, context, into: &out) }
        case .text, .object:
            break
        case nil:
            render(inner, context, into: &out)
        }
    }
}
