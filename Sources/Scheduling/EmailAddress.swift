import Foundation

/// One e-mail address as a mail program needs it: a bare addr-spec, `local@domain`, without a
/// display name, brackets, a second address or a query, so that a mail or a `mailto:` link built
/// from it reaches that one mailbox and nobody else.
///
/// The grammar is RFC 5322's addr-spec (§3.4.1) with a dot-atom local part (§3.2.3: atext and
/// single dots) and a domain as RFC 5321 §4.1.2 lets mail be sent to it: dot-separated labels of
/// letters, digits and inner hyphens (at least two labels), or an address literal is not accepted.
/// Quoted local parts and comments, which RFC 5322 allows but forms never need, are refused.
/// Lengths follow RFC 5321 §4.5.3.1: local part at most 64 octets, domain at most 255, the whole
/// address at most 254 (RFC 3696 erratum 1690). Only ASCII is accepted.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address as given (already trimmed), e.g. `ann@h2.example`.
    public let text: String
    /// What comes before the last `@`.
    public var localPart: Substring { text[..<text.lastIndex(of: "@")!] }
    /// What comes after the last `@`.
    public var domain: Substring { text[text.index(after: text.lastIndex(of: "@")!)...] }

    /// The reason `text` is not one address; nil when it is.
    public static func problem(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.count <= 254 else { return "it is longer than 254 characters" }
        guard bytes.allSatisfy({ $0 > 32 && $0 < 127 }) else {
            return text.contains(where: \.isWhitespace) ? "it holds a space" : "it holds a character that is not plain ASCII"
        }
        // Plain ASCII from here on: every byte is one character.
        let ats = bytes.lazy.filter { $0 == at }.count
        guard ats == 1 else { return ats == 0 ? "it has no '@'" : "it has \(ats) '@' (one address has one)" }
        let sign = bytes.firstIndex(of: at)!
        if let problem = localProblem(bytes[..<sign]) { return problem }
        return domainProblem(bytes[bytes.index(after: sign)...])
    }

    /// The address, when `text` (trimmed of spaces around it) is one.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard Self.problem(trimmed) == nil else { return nil }
        self.text = trimmed
    }

    public var description: String { text }

    /// `mailto:` and the address, each character outside RFC 3986's unreserved set and `@`
    /// percent-encoded as RFC 6068 §2 asks (so `?`, `#`, `&` and `%` of a local part stay in it).
    public var mailtoURI: String {
        var uri = "mailto:"
        for byte in text.utf8 {
            if Self.isLetterOrDigit(byte) || "-._~@".utf8.contains(byte) {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                uri += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return uri
    }

    private static let at = UInt8(ascii: "@"), dot = UInt8(ascii: "."), hyphen = UInt8(ascii: "-")

    /// An ASCII letter or digit.
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// RFC 5322 atext: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    private static func isAtext(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
    }

    /// The character of an ASCII byte, to name it.
    private static func character(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }

    private static func localProblem(_ local: Substring.UTF8View) -> String? {
        if local.isEmpty { return "nothing comes before the '@'" }
        if local.count > 64 { return "the part before the '@' is longer than 64 characters" }
        if let bad = local.first(where: { !isAtext($0) && $0 != dot }) {
            return "the part before the '@' holds '\(character(bad))', which an address cannot hold there"
        }
        if local.first == dot || local.last == dot || zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) {
            return "a '.' before the '@' must stand between two other characters"
        }
        return nil
    }

    private static func domainProblem(_ domain: Substring.UTF8View) -> String? {
        if domain.isEmpty { return "nothing comes after the '@'" }
        if domain.count > 255 { return "the part after the '@' is longer than 255 characters" }
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        if labels.count < 2 { return "the part after the '@' has no '.', like example.org" }
        for label in labels {
            if label.isEmpty { return "the part after the '@' has an empty part between dots" }
            if label.count > 63 { return "a part of the domain is longer than 63 characters" }
            if let bad = label.first(where: { !isLetterOrDigit($0) && $0 != hyphen }) {
                return "the part after the '@' holds '\(character(bad))'; a domain has letters, digits, '-' and '.' only"
            }
            if label.first == hyphen || label.last == hyphen { return "a part of the domain starts or ends with '-'" }
        }
        return nil
    }
}
