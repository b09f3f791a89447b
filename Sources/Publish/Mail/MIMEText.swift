import Foundation
import Scheduling

/// The encodings a mail needs to carry UTF-8 text: quoted-printable bodies (RFC 2045), base64
/// attachments, and encoded words in headers (RFC 2047).
enum MIMEText {
    /// Text as quoted-printable UTF-8 with CRLF line ends and lines of at most 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        // By byte. Every CRLF is made LF first; a line then ends at each LF that is a character of
        // its own, that is every LF not right after a CR (a CR the first step left before an LF
        // makes one character with it, which stays inside its line).
        var unified: [UInt8] = []
        unified.reserveCapacity(text.utf8.count)
        var pendingCR = false
        for byte in text.utf8 {
            if pendingCR && byte != 0x0A { unified.append(0x0D) }
            pendingCR = byte == 0x0D
            if !pendingCR { unified.append(byte) }
        }
        if pendingCR { unified.append(0x0D) }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(unified.count + unified.count / 8 + 16)
        let breaksLine = { (j: Int) in unified[j] == 0x0A && (j == 0 || unified[j - 1] != 0x0D) }
        var width = 0
        for (i, byte) in unified.enumerated() {
            if breaksLine(i) {
                out += [0x0D, 0x0A]
                width = 0
                continue
            }
            let endsLine = i + 1 == unified.count || breaksLine(i + 1)
            let plain = (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 || byte == 9) && !endsLine
            if width + (plain ? 1 : 3) > 75 {
                out += [0x3D, 0x0D, 0x0A]
                width = 0
            }
            if plain {
                out.append(byte)
            } else {
                out += [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
            width += plain ? 1 : 3
        }
        return String(decoding: out, as: UTF8.self)
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
