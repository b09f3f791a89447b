import Foundation

/// A short fingerprint of a file's bytes (FNV-1a, 64 bits, twice with different seeds): enough to
/// see that a file changed since a page was shown; not a secret and not a protection against tampering.
enum Digest {
    /// The fingerprint as 32 hex digits.
    static func hex(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in data {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return String(format: "%016llx%016llx", a, b ^ UInt64(data.count))
    }
}
