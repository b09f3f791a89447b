import Foundation

/// The secret behind the file names of person pages: a page's name is an HMAC-SHA-256 of the
/// person's id under this key, so nobody can find a page without its link.
///
/// The key is never in the repository and never computed from the input: a new plan folder gets a
/// random key (256 bits from the system's generator), which the command keeps beside the plan
/// (`site.key`) and reuses when it plans or publishes again into that folder, so links already
/// sent stay valid when the input changes; `--site-key` sets it by hand.
public struct SiteKey: Sendable, Hashable {
    /// The key as kept in `site.key`.
    public let text: String

    /// The shortest and longest key accepted.
    public static let lengths = 16...256

    /// A key given by the team; nil when it is not one (see `problem(_:)`).
    public init?(text: String) {
        guard Self.problem(text) == nil else { return nil }
        self.text = text
    }

    /// What is wrong with `text` as a key: too short to be secret, too long, or holding a space,
    /// a line break or a character other than printable ASCII (it must survive a file and a shell).
    public static func problem(_ text: String) -> String? {
        let count = text.unicodeScalars.count
        if count < lengths.lowerBound { return "it has \(count) characters; a key needs at least \(lengths.lowerBound) to be secret" }
        if count > lengths.upperBound { return "it has \(count) characters; a key has at most \(lengths.upperBound)" }
        if text.unicodeScalars.contains(where: { $0.value < 33 || $0.value > 126 }) {
            return "it holds a space, a line break or a character that is not printable ASCII"
        }
        return nil
    }

    /// A new random key: 32 bytes from the system's random generator, as 64 hex digits.
    public static func random() -> SiteKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return SiteKey(text: SHA256.hexString(bytes))!
    }

    /// The unguessable file name (without extension) of a person's page: 26 base32 characters,
    /// 130 bits of an HMAC of the kind of person and their id.
    func token(_ kind: String, _ id: String) -> String {
        let mac = SHA256.hmac(key: Array(text.utf8), message: Array("\(kind)\u{0}\(id)".utf8))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)
        var bits = 0, value = 0, out: [UInt8] = []
        out.reserveCapacity(26)
        for byte in mac {
            value = value << 8 | Int(byte)
            bits += 8
            while bits >= 5, out.count < 26 {
                out.append(alphabet[(value >> (bits - 5)) & 31])
                bits -= 5
            }
            value &= (1 << bits) - 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
