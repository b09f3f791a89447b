extension TemplateParser {
    /// The blanks (spaces and tabs) at the position, consumed.
    mutating func readBlanks() -> String {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// The text up to the next `{{` (consumed: `foundTag`) or line break (not consumed), or to the end.
    mutating func readTextUntilTagOrNewline() throws(TemplateSyntaxError) -> (text: String, foundTag: Bool) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                return (String(decoding: bytes[start..<position], as: UTF8.self), false)
            }
            if byte == UInt8(ascii: "{") {
                guard position + 1 < bytes.count else {
                    throw TemplateSyntaxError(offset: position, message: "a `{` at the very end")
                }
                if bytes[position + 1] == UInt8(ascii: "{") {
                    let text = String(decoding: bytes[start..<position], as: UTF8.self)
                    position += 2
                    return (text, true)
                }
            }
            position += 1
        }
        return (String(decoding: bytes[start..<position], as: UTF8.self), false)
    }

    /// Whether the tag just read ends its line, for a tag that began one (`startedLine`): at the
    /// end of the text, or before blanks and a line break, which are then consumed.
    mutating func lineEnds(_ startedLine: Bool) -> Bool {
        guard startedLine else { return false }
        if position >= bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\n") else { return false }
        position = end + 1
        return true
    }

    /// Moves past the next `}}` (a comment's end).
    mutating func skipPast(closing: String, from tagStart: Int) throws(TemplateSyntaxError) {
        let end = Array(closing.utf8)
        while position + end.count <= bytes.count {
            if bytes[position..<(position + end.count)].elementsEqual(end) {
                position += end.count
                return
            }
            position += 1
        }
        throw TemplateSyntaxError(offset: tagStart, message: "a comment that is not closed")
    }

    /// A variable's or section's name and the `}}` after it.
    mutating func readName() throws(TemplateSyntaxError) -> Template.Name {
        let tagStart = position
        let word = try readTagWord(allowing: Self.nameBytes, from: tagStart)
        if word == "." { return .current }
        if word.hasSuffix("()") {
            guard let property = ListPosition.Property(rawValue: String(word.dropLast(2))) else {
                throw TemplateSyntaxError(offset: tagStart, message: "`\(word)`: only first(), last(), index(), even() and odd() are supported")
            }
            return .position(property)
        }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !word.isEmpty, !parts.contains(where: \.isEmpty), !word.contains("(") else {
            throw TemplateSyntaxError(offset: tagStart, message: "`\(word)` is not a name")
        }
        return .path(parts)
    }

    /// A partial's name and the `}}` after it.
    mutating func readPartialName(from tagStart: Int) throws(TemplateSyntaxError) -> String {
        let name = try readTagWord(allowing: Self.partialNameBytes, from: tagStart)
        guard !name.isEmpty, !name.hasPrefix("*") else {
            throw TemplateSyntaxError(offset: tagStart, message: "a partial needs a name (dynamic names are not supported)")
        }
        return name
    }

    /// The content type a `{{% CONTENT_TYPE: NAME}}` pragma names.
    mutating func readPragma(from tagStart: Int) throws(TemplateSyntaxError) -> TemplateContentType {
        skipWhitespace()
        let variable = readBytes(in: Self.pragmaBytes)
        skipWhitespace()
        guard variable == "CONTENT_TYPE", position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw TemplateSyntaxError(offset: tagStart, message: "the only pragma is `{{% CONTENT_TYPE: NAME}}`")
        }
        position += 1
        let value = try readTagWord(allowing: Self.pragmaBytes, from: tagStart)
        guard let type = TemplateContentType(rawValue: value) else {
            throw TemplateSyntaxError(offset: tagStart, message: "no content type `\(value)`")
        }
        return type
    }

    /// Whitespace, the bytes of `allowed`, whitespace and `}}`; the bytes of `allowed` read.
    private mutating func readTagWord(allowing allowed: Set<UInt8>, from tagStart: Int) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let word = readBytes(in: allowed)
        skipWhitespace()
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"), bytes[position + 1] == UInt8(ascii: "}") else {
            throw TemplateSyntaxError(offset: tagStart, message: "a tag not closed by `}}`")
        }
        position += 2
        return word
    }

    private mutating func readBytes(in allowed: Set<UInt8>) -> String {
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private static let pragmaBytes = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)
    private static let nameBytes = pragmaBytes.union("()".utf8)
    private static let partialNameBytes = nameBytes.union("/".utf8)
}
