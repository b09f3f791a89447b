import ArgumentParser
import Foundation
import Import
import Matching
import Publish
import Scheduling

/// `po-plan publish PLAN_DIR`: writes again everything people read from an existing plan.json and
/// its input, without solving: after fixing a host's address, adding a site address, or to get
/// `.eml` files. plan.json is kept byte for byte.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the calendars, pages, mails, site and report again from a plan folder, without solving.",
        discussion: """
        Reads PLAN_DIR/plan.json and the input the plan was made from: the copy that 'po-plan plan' \
        keeps in PLAN_DIR/input, or the folder given with --input (which then becomes the copy). \
        Person pages keep their names (PLAN_DIR/site.key), so links already sent stay valid.
        """
    )

    @Argument(help: "A folder written by 'po-plan plan' (it holds plan.json).")
    var planFolder: String

    @Option(name: .long, help: "Input folder to publish with (default: the copy in PLAN_DIR/input).")
    var input: String?

    @Flag(name: .long, help: "Print nothing but errors: no progress, no warnings.")
    var quiet = false

    @Flag(name: .long, help: ArgumentHelp(
        "Publish even when plan.json breaks the contract's rules with this input (the team knows and decided so).",
        discussion: "Without it, a plan.json that breaks a rule (capacity, eligibility, conflicts, ...) is refused and nothing is written."))
    var acceptBrokenRules = false

    @OptionGroup(title: "Publishing")
    var publishing: PublishingOptions

    func run() throws {
        let log = ProgressLog(quiet: quiet)
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
        let written: (files: Int, warnings: [String])
        do {
            written = try folder.write(plan: plan, planJSON: planJSON, input: data,
                                       inputFiles: inputFiles, options: publishing)
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        for warning in written.warnings { log.say("warning: \(warning)") }
        log.say("Published plan \(plan.status.rawValue): wrote \(written.files) files to \(planFolder)")
    }

    /// The plan of plan.json with fills and reasons derived again from `input`; every id must resolve.
    private func restore(_ document: PlanJSON.Document, input: PlanningInput) throws -> Plan {
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
