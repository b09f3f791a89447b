import Foundation
import Scheduling

/// event.yaml changed the way a team would change it in a text editor: one top-level key's value
/// replaced (its line and any indented block under it), or the key added at the end when absent;
/// every other line and comment kept as written, and the comment at the end of the key's own line
/// kept too. The result must read with the contract's event.yaml reader, or the change is refused.
public struct EventFileEdit: Sendable {
    /// Why event.yaml cannot be changed: it is not text, or the result would not read.
    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// A value written for a key, in the form the contract shows.
    public enum Value: Sendable, Equatable {
        /// A whole number, like `default_max_visits: 2`.
        case number(Int)
        /// A flow list of plain words, like `objective: [coverage, preference, mix]`.
        case words([String])
    }

    /// The text of the file as it is now.
    public private(set) var text: String
    private let file: String

    /// Reads `data`, the bytes of event.yaml (nil or empty for a file that does not exist yet).
    public init(_ data: Data?, file: String = InputFolder.eventFile) throws {
        self.file = file
        guard let data, !data.isEmpty else {
            text = ""
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Refusal(description: "\(file) is not UTF-8 text")
        }
        self.text = text
    }

    /// The file's bytes.
    public var data: Data { Data(text.utf8) }

    /// The event the file gives, read as the importer reads it; refused with the reader's first
    /// error when it has one.
    public func event() throws -> Event {
        var diagnostics: [Diagnostic] = []
        guard let text = FolderFiles.utf8Text(data, file: file, &diagnostics),
              let event = EventFile.read(text, file: file, diagnostics: &diagnostics) else {
            let problem = diagnostics.first(where: \.isError)
            throw Refusal(description: problem?.description ?? "\(file) cannot be read")
        }
        return event
    }

    /// Sets top-level `key` to `value`: every line holding the key is replaced, with the indented
    /// block under it; the key is added at the end when the file has none. Nothing changes when the
    /// result would not read.
    public mutating func set(_ key: String, to value: Value) throws {
        guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else {
            throw Refusal(description: "'\(key)' is not a key of \(file)")
        }
        let written = try Self.yaml(value, key: key, file: file)
        var lines = Self.lines(text)
        var found = false
        var i = 0
        while i < lines.count {
            guard let rest = Self.valueAfter(key, in: lines[i].content) else {
                i += 1
                continue
            }
            found = true
            let comment = Self.comment(in: rest).map { $0.gap + $0.text } ?? ""
            lines[i].content = key + ": " + written + comment
            let end = Self.blockEnd(after: i, in: lines)
            lines.removeSubrange((i + 1)..<end)
            i += 1
        }
        if !found {
            let ending = lines.contains(where: \.crlf) ? "\r\n" : "\n"
            let body = text.isEmpty || text.unicodeScalars.last == "\n" ? text : text + ending
            try adopt(body + key + ": " + written + ending)
            return
        }
        try adopt(lines.map(\.joined).joined(separator: "\n"))
    }

    /// Keeps `changed` if it reads as event.yaml.
    private mutating func adopt(_ changed: String) throws {
        var edited = self
        edited.text = changed
        do { _ = try edited.event() } catch let refusal as Refusal {
            throw Refusal(description: "\(file) would not read after the change: \(refusal.description)")
        }
        self = edited
    }

    // MARK: Lines

    /// One line of the file: its text without the line break, whether the break was CRLF, and the
    /// byte-order mark it started with (the first line only).
    struct Line {
        var content: String
        var crlf: Bool
        var bom: String

        /// The line as written, without its final `\n`.
        var joined: String { bom + content + (crlf ? "\r" : "") }
    }

    /// The lines of `text`, split at each `\n`; the last one is empty when the text ends with one.
    static func lines(_ text: String) -> [Line] {
        var lines: [Line] = []
        var current = String.UnicodeScalarView()
        func close() {
            var content = String(current)
            let crlf = content.unicodeScalars.last == "\r"
            if crlf { content.unicodeScalars.removeLast() }
            var bom = ""
            if lines.isEmpty, content.unicodeScalars.first == "\u{FEFF}" {
                content.unicodeScalars.removeFirst()
                bom = "\u{FEFF}"
            }
            lines.append(Line(content: content, crlf: crlf, bom: bom))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" { close() } else { current.append(scalar) }
        }
        close()
        return lines
    }

    /// What follows `key:` on a top-level line naming `key` (plain or quoted); nil for any other line.
    static func valueAfter(_ key: String, in content: String) -> Substring? {
        for spelled in [key, "\"\(key)\"", "'\(key)'"] where content.hasPrefix(spelled) {
            var rest = content.dropFirst(spelled.count)
            while rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst()
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            return rest
        }
        return nil
    }

    /// The comment at the end of a value (` # …` outside quotes), with the blanks before it.
    static func comment(in value: Substring) -> (gap: String, text: String)? {
        var quote: Character?
        var previous: Character = " "
        for index in value.indices {
            let c = value[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" && (previous == " " || previous == "\t") {
                let before = value[..<index]
                let gap = before.reversed().prefix { $0 == " " || $0 == "\t" }
                return (String(gap.reversed()), String(value[index...]))
            }
            previous = c
        }
        return nil
    }

    /// The end (exclusive) of the block under the key on line `start`: the indented lines, and lines
    /// of a sequence written at the key's own indentation (`- item`), with blank lines and comments
    /// inside the block; blank lines and comments at the block's end stay, they belong to what follows.
    static func blockEnd(after start: Int, in lines: [Line]) -> Int {
        var end = start + 1
        var last = start
        while end < lines.count {
            let content = lines[end].content
            let first = content.unicodeScalars.first
            let blank = content.allSatisfy { $0 == " " || $0 == "\t" }
            if blank || first == "#" {
                end += 1
                continue
            }
            let dash = content.hasPrefix("-") && (content.count == 1 || content.dropFirst().first == " ")
            guard first == " " || first == "\t" || dash else { break }
            let trimmed = content.drop { $0 == " " || $0 == "\t" }
            if !trimmed.hasPrefix("#") { last = end }
            end += 1
        }
        return last + 1
    }

    /// `value` as YAML; refused when a word would need quoting.
    static func yaml(_ value: Value, key: String, file: String) throws -> String {
        switch value {
        case .number(let n):
            return String(n)
        case .words(let words):
            for word in words where word.isEmpty || !word.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }) {
                throw Refusal(description: "'\(word)' cannot be written as a plain word of \(key) in \(file)")
            }
            return "[" + words.joined(separator: ", ") + "]"
        }
    }
}
