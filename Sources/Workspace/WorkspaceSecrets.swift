import Foundation

/// The workspace's two secrets, new each time it starts: the access token in the address it
/// prints (exchanged for a cookie), and the token every form that changes something carries.
public struct WorkspaceSecrets: Sendable {
    /// The token of the printed address, kept in the browser's cookie.
    public let access: String
    /// The token of the forms (cross-site request forgery).
    public let forms: String

    public init(access: String = WorkspaceSecrets.random(), forms: String = WorkspaceSecrets.random()) {
        self.access = access
        self.forms = forms
    }

    /// 32 bytes from the system's random generator, as 64 hex digits.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Whether `given` is `secret`, compared in a time that does not depend on where they differ.
    static func same(_ given: String?, _ secret: String) -> Bool {
        guard let given else { return false }
        let a = Array(given.utf8), b = Array(secret.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
