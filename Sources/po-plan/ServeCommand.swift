import ArgumentParser
import Foundation
import Workspace

/// `po-plan serve WEEK_DIR`: the team's workspace in the browser, on this computer only unless told otherwise.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the team's workspace in the browser: inputs, plan, people, changes and what to send.",
        discussion: """
        WEEK_DIR is the team's working folder: the exports or canonical files, and plans/ where every plan is \
        kept in its own dated folder. The workspace listens on 127.0.0.1 (this computer only) and prints an \
        address holding a secret key: open it in your browser. Every change is written to the files in WEEK_DIR \
        and logged in WEEK_DIR/changes.log.
        """
    )

    @Argument(help: "The team's working folder (created when missing).")
    var weekFolder: String

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Option(name: .long, help: ArgumentHelp("Address to listen on (default 127.0.0.1: this computer only).",
                                            discussion: "Any other address lets other computers reach the workspace; po-plan then prints a warning."))
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be a number from 1 to 65535, found \(port)") }
    }

    func run() async throws {
        let folder = URL(fileURLWithPath: weekFolder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            complain("error: \(weekFolder) is a file; give the team's working folder")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try await WorkspaceServer.run(folder: folder, host: host, port: port) { Console.line($0, to: .error) }
    }
}
