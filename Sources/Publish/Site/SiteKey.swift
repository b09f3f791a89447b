import Foundation

/// The secret behind the file names of person pages: a page's name is an HMAC-SHA-256 of the
/// person's id under this key, so nobody can find a page without its link.
///
/// The key is never in the repository. By default it is derived from the whole input, personal
/// data included: whoever can compute it already holds everything the pages show, and the same
/// input gives the same names. The command keeps the key beside the plan (`site.key`) and reuses
/// it when it plans or publishes again into that folder, so links already sent stay valid when
/// the input changes; `--site-key` sets it by hand.
public struct SiteKey: Sendable, Hashable {
    /// The key as kept in `site.key`.
    public let text: String

    /// A key given by the team; nil when shorter than 16 characters, too short to be secret.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 16, !trimmed.contains(where: \.isNewline) else { return nil }
        self.text = trimmed
    }

    /// The key derived from the input's files (their bytes, in the order given).
    public static func derived(fromInput files: [Data]) -> SiteKey {
        var message = Array("po-plan site key v1".utf8)
        for file in files {
            message += Array(String(file.count).utf8) + [0] + Array(file)
        }
        return SiteKey(text: SHA256.hexString(SHA256.hash(message)))!
    }

    /// The unguessable file name (without extension) of a person's page: 26 base32 characters,
    /// 130 bits of an HMAC of the kind of person and their id.
    func token(_ kind: String, _ id: String) -> String {
        let mac = SHA256.hmac(key: Array(text.utf8), message: Array("\(kind)\u{0}\(id)".utf8))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var bits = 0, value = 0, out = ""
        for byte in mac {
            value = value << 8 | Int(byte)
            bits += 8
            while bits >= 5, out.count < 26 {
                out.append(alphabet[(value >> (bits - 5)) & 31])
                bits -= 5
            }
            value &= (1 << bits) - 1
        }
        return out
    }
}
