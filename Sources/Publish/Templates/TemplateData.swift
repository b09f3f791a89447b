/// A value a template reads: text, a flag, a list, or an object of named values.
///
/// Rendering reads only these five cases, so a lookup is a switch and a dictionary read, never a
/// cast. How each reads in a template:
/// - `text` is written where it is named, and a section on it renders once with the text as `{{.}}`;
/// - `flag` writes `true` or `false`, and a section on it renders when it is true, with the same context;
/// - `list` renders a section once per element (with `first()` and `last()`), or an inverted section when empty;
/// - `object` renders a section once with its names visible, before those of the enclosing contexts.
/// A name no context has renders nothing, and an inverted section on it renders.
enum TemplateData: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateData])
    case object([String: TemplateData])

    /// A whole number as text.
    static func number(_ value: Int) -> TemplateData { .text(String(value)) }

    /// The text, or `false` when there is none: a section on an absent value then never picks up
    /// a name of an enclosing context.
    static func optional(_ text: String?) -> TemplateData { text.map(TemplateData.text) ?? .flag(false) }

    /// A list of objects.
    static func objects(_ objects: [[String: TemplateData]]) -> TemplateData { .list(objects.map(TemplateData.object)) }

    /// The text written for this value by `{{name}}`, before escaping.
    var written: String {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .list(let list): return "[" + list.map(\.written).joined(separator: ", ") + "]"
        case .object(let object): return "[" + object.keys.sorted().joined(separator: ", ") + "]"
        }
    }

    /// The value named `name` in an object, or nil.
    subscript(name: String) -> TemplateData? {
        if case .object(let object) = self { return object[name] }
        return nil
    }
}

extension TemplateData {
    /// A context built as Swift values: strings, booleans, numbers, arrays and `[String: Any]`
    /// dictionaries of those, read once into typed values. Anything else is written as Swift
    /// describes it (a number as its digits); an absent optional as `nil`, as Mustache wrote it.
    init(_ value: Any) {
        switch value {
        case let data as TemplateData: self = data
        case let text as String: self = .text(text)
        case let flag as Bool: self = .flag(flag)
        case let object as [String: Any]: self = .object(object.mapValues(TemplateData.init))
        case let list as [Any]: self = .list(list.map(TemplateData.init))
        default: self = .text(String(describing: value))
        }
    }
}

extension TemplateData: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(arrayLiteral elements: TemplateData...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateData)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
