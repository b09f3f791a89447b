import ArgumentParser
import Foundation
import Import
import Matching
import Publish
import Scheduling

/// A plan folder read back for `publish`, `attendance` and `feedback`: plan.json as it is (kept
/// byte for byte), the input it was made from (the copy in the folder, or the one given), and the
/// plan restored against that input, with its previous plan when it was re-planned. Problems are
/// said on standard error, and end the command.
struct LoadedPlan {
    let folder: PlanFolder
    let planJSON: Data
    let plan: Plan
    let input: PlanningInput
    let inputFiles: [String: Data]

    /// Reads `planFolder`; `input` replaces the folder's copy of the input. A plan that breaks the
    /// contract's rules with the input is refused unless `acceptBrokenRules`.
    static func load(_ planFolder: String, input: String?, quiet: Bool, acceptBrokenRules: Bool, log: ProgressLog) throws -> LoadedPlan {
        let folder = PlanFolder(url: URL(fileURLWithPath: planFolder))
        let planURL = folder.url.appendingPathComponent("plan.json")
        guard let planJSON = try? Data(contentsOf: planURL) else {
            complain("error: there is no plan.json in \(planFolder); give a folder written by 'po-plan plan'")
            throw ExitCode(1)
        }
        let document: PlanJSON.Document
        do { document = try PlanJSON.read(planJSON) } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        let inputURL = input.map { URL(fileURLWithPath: $0) }
            ?? folder.url.appendingPathComponent(folder.record?.input ?? "input")
        log.say("Reading \(inputURL.path)")
        let (reading, inputFiles) = InputFolder.load(at: inputURL)
        for line in Diagnostic.cappedLines(reading.diagnostics.filter { $0.isError || !quiet }) { complain(line) }
        guard var data = reading.input, !reading.hasErrors else {
            complain(input == nil
                ? "error: the plan folder holds no readable input; give the folder the plan was made from with --input"
                : "error: the input has errors: nothing was written.")
            throw ExitCode(1)
        }
        let plan = withPrevious(try restore(document, input: data), planJSON: planJSON, input: &data, log: log)
        let violations = PlanValidator(data).violations(of: plan)
        if !violations.isEmpty && !acceptBrokenRules {
            for violation in violations.prefix(20) { complain("error: with this input, plan.json breaks a rule: \(violation)") }
            if violations.count > 20 { complain("error: and \(violations.count - 20) more broken rules") }
            complain("error: \(violations.count) broken rule(s): nothing was written. Plan again, or publish with "
                + "--accept-broken-rules if the team decided so")
            throw ExitCode(1)
        }
        for violation in violations.prefix(20) {
            log.say("warning: with this input, the plan breaks a rule (published as asked): \(violation)")
        }
        return LoadedPlan(folder: folder, planJSON: planJSON, plan: plan, input: data, inputFiles: inputFiles)
    }

    /// Publishes the plan again into its folder, with the week's records given (or else those the
    /// folder keeps); says what was written.
    func write(options: PublishingOptions, attendance: Attendance?, feedback: Feedback?, log: ProgressLog) throws {
        let written: (files: Int, warnings: [String])
        do {
            written = try folder.write(plan: plan, planJSON: planJSON, input: input, inputFiles: inputFiles, options: options,
                                       attendance: attendance ?? folder.keptAttendance, feedback: feedback ?? folder.keptFeedback)
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        for warning in written.warnings { log.say("warning: \(warning)") }
        log.say("Published plan \(plan.status.rawValue): wrote \(written.files) files to \(folder.url.path)")
    }

    /// The plan of plan.json with fills and reasons derived again from `input`; every id must resolve.
    private static func restore(_ document: PlanJSON.Document, input: PlanningInput) throws -> Plan {
        let unknownVisitors = Set(document.assignments.map(\.visitorID)).filter { input.visitor($0) == nil }
        let unknownSessions = Set(document.assignments.map(\.sessionID)).filter { input.session($0) == nil }
        guard unknownVisitors.isEmpty, unknownSessions.isEmpty else {
            let ids = (unknownVisitors.sorted() + unknownSessions.sorted()).prefix(5).joined(separator: ", ")
            complain("error: plan.json names ids that the input does not have (\(ids)); "
                + "publish with the input the plan was made from (--input), or plan again")
            throw ExitCode(1)
        }
        if Set(document.sessionIDs) != Set(input.sessions.map(\.id)) {
            complain("warning: the sessions of plan.json and of the input differ; pages follow the input")
        }
        return PlanRestoration.plan(status: document.status, objective: document.objective,
                                    assignments: document.assignments, input: input)
    }
}
