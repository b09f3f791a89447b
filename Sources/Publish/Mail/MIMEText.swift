import Foundation
import Scheduling

/// The encodings a mail needs to carry UTF-8 text: quoted-printable bodies (RFC 2045), base64
/// attachments, and encoded words in headers (RFC 2047).
enum MIMEText {
    /// Text as quoted-printable UTF-8 with CRLF line ends and lines of at most 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line -> String in
            var out = "", width = 0
            let bytes = Array(line.utf8)
            for (i, byte) in bytes.enumerated() {
                let last = i == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 || byte == 9) && !last
                let piece = plain ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if width + piece.count > 75 {
                    out += "=\r\n"
                    width = 0
                }
                out += piece
                width += piece.count
            }
            return out
        }.joined(separator: "\r\n")
    }

    /// Bytes as base64 in lines of 76 characters, CRLF line ends.
    static func base64(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// A header value: as is when it is short printable ASCII, else UTF-8 encoded words short
    /// enough for a 78-character line, folded onto continuation lines; a character is never split
    /// between words.
    static func headerWord(_ text: String) -> String {
        if text.count <= 60, text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }), !text.contains("=?") {
            return text
        }
        var words: [String] = [], chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 39 {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// A mailbox `Name <address>`, the name quoted or encoded as needed.
    static func mailbox(name: String, address: String) -> String {
        let name = MarkdownText.oneLine(name)
        let specials = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
        if name.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) {
            let quoted = name.unicodeScalars.contains(where: specials.contains)
                ? "\"" + name.replacingScalars(["\\": "\\\\", "\"": "\\\""]) + "\""
                : name
            return quoted.count + address.count > 60 ? "\(headerWord(quoted))\r\n <\(address)>" : "\(quoted) <\(address)>"
        }
        return "\(headerWord(name))\r\n <\(address)>"
    }
}
