import Foundation
import Import
import Matching
import Publish
import Scheduling

/// A plan folder read back (for `publish`, `attendance`, `feedback` and the workspace): plan.json as
/// it is (kept byte for byte), the input it was made from (the copy in the folder, or the one given),
/// and the plan restored against that input, with its previous plan when it was re-planned.
public struct LoadedPlan {
    public let folder: PlanFolder
    public let planJSON: Data
    public let plan: Plan
    public let input: PlanningInput
    public let inputFiles: [String: Data]

    /// What is said while a plan folder is read: progress and warnings (which a quiet run leaves
    /// out), the input's diagnostics, and problems that are said whatever the quiet setting.
    public struct Listener {
        public var progress: (String) -> Void
        public var diagnostics: ([Diagnostic]) -> Void
        public var problem: (String) -> Void

        public init(progress: @escaping (String) -> Void = { _ in }, diagnostics: @escaping ([Diagnostic]) -> Void = { _ in },
                    problem: @escaping (String) -> Void = { _ in }) {
            self.progress = progress
            self.diagnostics = diagnostics
            self.problem = problem
        }
    }

    /// Reads `planFolder`; `input` replaces the folder's copy of the input. A plan that breaks the
    /// contract's rules with the input is refused unless `acceptBrokenRules`. Throws
    /// `PlanFolderFailure` with the lines to show.
    public static func load(_ planFolder: URL, input: URL?, acceptBrokenRules: Bool, listener: Listener = Listener()) throws -> LoadedPlan {
        let folder = PlanFolder(url: planFolder)
        let planURL = folder.url.appendingPathComponent("plan.json")
        guard let planJSON = try? Data(contentsOf: planURL) else {
            throw PlanFolderFailure("error: there is no plan.json in \(planFolder.relativePath); give a folder written by 'po-plan plan'")
        }
        let document: PlanJSON.Document
        do { document = try PlanJSON.read(planJSON) } catch {
            throw PlanFolderFailure("error: \(error)")
        }
        let inputURL = input ?? folder.url.appendingPathComponent(folder.record?.input ?? "input")
        listener.progress("Reading \(inputURL.path)")
        let (reading, inputFiles) = InputFolder.load(at: inputURL)
        listener.diagnostics(reading.diagnostics)
        guard var data = reading.input, !reading.hasErrors else {
            throw PlanFolderFailure(input == nil
                ? "error: the plan folder holds no readable input; give the folder the plan was made from with --input"
                : "error: the input has errors: nothing was written.")
        }
        let plan = withPrevious(try restore(document, input: data, listener: listener), planJSON: planJSON, input: &data,
                                listener: listener)
        let violations = PlanValidator(data).violations(of: plan)
        if !violations.isEmpty && !acceptBrokenRules {
            var lines = violations.prefix(20).map { "error: with this input, plan.json breaks a rule: \($0)" }
            if violations.count > 20 { lines.append("error: and \(violations.count - 20) more broken rules") }
            lines.append("error: \(violations.count) broken rule(s): nothing was written. Plan again, or publish with "
                + "--accept-broken-rules if the team decided so")
            throw PlanFolderFailure(lines)
        }
        for violation in violations.prefix(20) {
            listener.progress("warning: with this input, the plan breaks a rule (published as asked): \(violation)")
        }
        return LoadedPlan(folder: folder, planJSON: planJSON, plan: plan, input: data, inputFiles: inputFiles)
    }

    /// Publishes the plan again into its folder, with the week's records given (or else those the
    /// folder keeps). Returns the number of files written and the warnings.
    public func write(options: PublishSettings, attendance: Attendance?, feedback: Feedback?) throws -> (files: Int, warnings: [String]) {
        try folder.write(plan: plan, planJSON: planJSON, input: input, inputFiles: inputFiles, options: options,
                         attendance: attendance ?? folder.keptAttendance, feedback: feedback ?? folder.keptFeedback)
    }

    /// The plan of plan.json with fills and reasons derived again from `input`; every id must resolve.
    private static func restore(_ document: PlanJSON.Document, input: PlanningInput, listener: Listener) throws -> Plan {
        let unknownVisitors = Set(document.assignments.map(\.visitorID)).filter { input.visitor($0) == nil }
        let unknownSessions = Set(document.assignments.map(\.sessionID)).filter { input.session($0) == nil }
        guard unknownVisitors.isEmpty, unknownSessions.isEmpty else {
            let ids = (unknownVisitors.sorted() + unknownSessions.sorted()).prefix(5).joined(separator: ", ")
            throw PlanFolderFailure("error: plan.json names ids that the input does not have (\(ids)); "
                + "publish with the input the plan was made from (--input), or plan again")
        }
        if Set(document.sessionIDs) != Set(input.sessions.map(\.id)) {
            listener.problem("warning: the sessions of plan.json and of the input differ; pages follow the input")
        }
        return PlanRestoration.plan(status: document.status, objective: document.objective,
                                    assignments: document.assignments, input: input)
    }
}
