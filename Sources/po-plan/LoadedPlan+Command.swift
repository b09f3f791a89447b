import ArgumentParser
import Foundation
import Import
import PlanFolders
import Publish
import Scheduling

/// A plan folder read back by `publish`, `attendance` and `feedback`: what the library says is
/// printed on standard error (progress only when not quiet), and a failure ends the command.
extension LoadedPlan {
    /// Reads `planFolder` (see `LoadedPlan.load(_:input:acceptBrokenRules:listener:)`), saying what happens.
    static func load(_ planFolder: String, input: String?, quiet: Bool, acceptBrokenRules: Bool, log: ProgressLog) throws -> LoadedPlan {
        let listener = LoadedPlan.Listener(
            progress: { log.say($0) },
            diagnostics: { diagnostics in
                for line in Diagnostic.cappedLines(diagnostics.filter { $0.isError || !quiet }) { complain(line) }
            },
            problem: { complain($0) })
        do {
            return try load(URL(fileURLWithPath: planFolder), input: input.map { URL(fileURLWithPath: $0) },
                            acceptBrokenRules: acceptBrokenRules, listener: listener)
        } catch let failure as PlanFolderFailure {
            for line in failure.lines { complain(line) }
            throw ExitCode(1)
        }
    }

    /// Publishes the plan again into its folder, with the week's records given (or else those the
    /// folder keeps); says what was written.
    func write(options: PublishingOptions, attendance: Attendance?, feedback: Feedback?, log: ProgressLog) throws {
        let written: (files: Int, warnings: [String])
        do {
            written = try write(options: options.settings, attendance: attendance, feedback: feedback)
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        for warning in written.warnings { log.say("warning: \(warning)") }
        log.say("Published plan \(plan.status.rawValue): wrote \(written.files) files to \(folder.url.path)")
    }
}
