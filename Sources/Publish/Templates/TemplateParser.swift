/// Reads a template's text into `Template.Node`s, byte by byte (every character of the syntax is ASCII).
///
/// Lines: a section, inverted section, closing, comment, partial or pragma tag that stands alone on
/// its line, between blanks only, drops the line's blanks and its line break; a partial standing
/// so keeps its blanks as its indentation. Whether a tag starts its line is carried as `newLine`:
/// after a section, it is what the section's opening tag was, as in the Mustache library these
/// templates were first written for, so that what they render stays byte for byte the same.
struct TemplateParser {
    let bytes: [UInt8]
    var position = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Every node of the template.
    mutating func parseAll() throws(TemplateSyntaxError) -> [Template.Node] {
        try parse(closing: nil, newLine: true)
    }

    private static let newline = UInt8(ascii: "\n")

    /// The nodes up to the tag closing the section `closing` (consumed), or to the end when nil.
    private mutating func parse(closing: Template.Name?, newLine startsLine: Bool) throws(TemplateSyntaxError) -> [Template.Node] {
        var nodes: [Template.Node] = []
        var newLine = startsLine
        var blanksBefore = ""
        while position < bytes.count {
            if newLine { blanksBefore = readBlanks() }
            let (text, foundTag) = try readTextUntilTagOrNewline()
            if !foundTag, position < bytes.count, bytes[position] == Self.newline {
                nodes.append(.text(blanksBefore + text + "\n"))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanksBefore + text))
                blanksBefore = ""
                newLine = false
            }
            guard foundTag else { break }
            let tagStart = position - 2
            var standsAlone = false
            switch position < bytes.count ? bytes[position] : 0 {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName()
                if lineEnds(newLine) {
                    standsAlone = true
                } else if !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = ""
                }
                let inner = try parse(closing: name, newLine: standsAlone)
                nodes.append(.section(name, inverted: inverted, inner))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard let closing, name == closing else {
                    throw TemplateSyntaxError(offset: tagStart, message: "a closing tag that closes no open section")
                }
                if !lineEnds(newLine), !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                try skipPast(closing: "}}", from: tagStart)
                standsAlone = lineEnds(newLine)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                if !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = ""
                }
                position += 1
                let name = try readName()
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw TemplateSyntaxError(offset: tagStart, message: "`{{{` closed by `}}` instead of `}}}`")
                    }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(from: tagStart)
                if !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                if lineEnds(newLine) {
                    standsAlone = true
                    nodes.append(.partial(name, indentation: blanksBefore))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                blanksBefore = ""
            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(try readPragma(from: tagStart)))
                standsAlone = lineEnds(newLine)
            case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw TemplateSyntaxError(offset: tagStart, message: "set delimiters and inheritance are not supported")
            default:
                if !blanksBefore.isEmpty {
                    nodes.append(.text(blanksBefore))
                    blanksBefore = ""
                }
                nodes.append(.variable(try readName(), escaped: true))
            }
            newLine = standsAlone
        }
        if closing != nil {
            throw TemplateSyntaxError(offset: position, message: "a section that is not closed")
        }
        return nodes
    }
}
