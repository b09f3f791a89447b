import Foundation
import Hummingbird

/// Starts the workspace on an address: loopback unless told otherwise, and prints the address to
/// open, with its access token.
public enum WorkspaceServer {
    /// Whether `host` is a loopback address (the default: only this computer can connect).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The address to open in the browser: it carries the access token.
    public static func openAddress(host: String, port: Int, secrets: WorkspaceSecrets) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/open?token=\(secrets.access)"
    }

    /// Serves the workspace of `folder` until the process is stopped; `say` prints the address (and
    /// the warning when the address is not loopback).
    public static func run(folder: URL, host: String, port: Int, say: @escaping @Sendable (String) -> Void) async throws {
        let workspace = Workspace(folder: folder)
        let app = Application(
            router: workspace.router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { _ in
                if !isLoopback(host) {
                    say("warning: listening on \(host), not only on this computer: anyone who can reach it and has the "
                        + "address below can see the visitors' personal data. Use it only on a network you trust.")
                }
                say("The workspace of \(folder.path) is open at:")
                say("  " + openAddress(host: host, port: port, secrets: workspace.secrets))
                say("Open this address in your browser (it holds a secret key: do not share it). Stop with Ctrl-C.")
            })
        try await app.runService()
    }
}
