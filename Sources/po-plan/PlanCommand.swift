import ArgumentParser
import Foundation
import Import
import Matching
import PlanFolders
import Publish
import Scheduling

/// `po-plan plan INPUT_DIR --out OUT_DIR`: reads, plans and writes everything people read.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the week: read the input folder, solve, write plan.json and everything people read."
    )

    @Argument(help: "Folder with event.yaml, hosts.csv, sessions.csv and visitors.csv, or form exports (see po-plan import).")
    var input: String

    @Option(name: .long, help: "columns.yaml saying which column holds which field (default: the one beside the exports).")
    var mapping: String?

    @Option(name: .long, help: "Folder to write plan.json, schedules, rosters, site/, mails/ and report.html into (replaced as a whole).")
    var out: String

    @Option(name: .long, help: ArgumentHelp("The plan folder (or its plan.json) that people were told: re-plan with as little change as possible.",
                                            valueName: "previous-plan-folder"))
    var previous: String?

    @Option(name: .long, help: "Stop after this many seconds with the best plan found (status 'feasible').")
    var timeLimit: Double?

    @Option(name: .long, help: "Decides between equally good plans; the same input and seed give the same files.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Also write each tier's model in MPS format into this folder (for comparing solvers).")
    var exportModels: String?

    @Flag(name: .long, help: "Print nothing but errors: no progress, no warnings.")
    var quiet = false

    @OptionGroup(title: "Publishing")
    var publishing: PublishingOptions

    func validate() throws {
        if let t = timeLimit, !ValueRange.timeLimitSeconds.contains(t) {
            throw ValidationError("--time-limit must be a number of seconds \(ValueRange.words(ValueRange.timeLimitSeconds)) "
                + "(a week), found \(t)")
        }
    }

    func run() throws {
        let log = ProgressLog(quiet: quiet)
        let started = ContinuousClock.now
        log.say("Reading \(input)")
        let source = URL(fileURLWithPath: input), mappingURL = mapping.map(URL.init(fileURLWithPath:))
        // Read once; form exports are imported in memory and the plan folder keeps their canonical form.
        let loaded = Importer.load(at: source, mapping: mappingURL)
        let reading = loaded.reading
        for line in Diagnostic.cappedLines(reading.diagnostics.filter { $0.isError || !quiet }) { complain(line) }
        guard var data = reading.input, !reading.hasErrors else {
            let errors = reading.diagnostics.filter { $0.severity == .error }.count
            complain("\(errors) error(s) in the input: nothing was written.")
            throw ExitCode(1)
        }
        // Refused before solving: an output folder po-plan cannot use, or a site key it cannot keep.
        do {
            try OutputFolder(url: URL(fileURLWithPath: out)).checkWritable()
            _ = try PlanFolder(url: URL(fileURLWithPath: out), previous: previous.map(PreviousPlanFile.folder))
                .siteKey(given: publishing.siteKey)
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        log.say("Read \(data.hosts.count) hosts, \(data.sessions.count) sessions, \(data.visitors.count) visitors in \(seconds(since: started))")
        for warning in GroupCheck.warnings(data) where !quiet { complain("warning: \(warning)") }
        if let previous {
            do {
                data.previous = try PreviousPlanFile.read(previous, event: data.event)
            } catch let failure as PlanFolderFailure {
                for line in failure.lines { complain(line) }
                throw ExitCode(1)
            }
            log.say("Re-planning from \(previous): \(data.previous!.assignments.count) assignments to keep where possible")
            for warning in PreviousPlanCheck.warnings(data) where !quiet { complain("warning: \(warning)") }
        }

        var exportURL: URL?
        if let dir = exportModels {
            exportURL = URL(fileURLWithPath: dir)
            try FileManager.default.createDirectory(at: exportURL!, withIntermediateDirectories: true)
        }
        let options = PlanningOptions(seed: seed, timeLimit: timeLimit.map { .milliseconds(Int64($0 * 1000)) },
                                      modelExportDirectory: exportURL)
        let planning = ContinuousClock.now
        let plan = Planner.plan(data, options: options) { event in
            switch event {
            case .modelBuilt(let size):
                log.say("Model: \(size.rankedPairs) ranked and \(size.suggestionPairs) suggested pairs; "
                    + "\(size.columns) columns, \(size.rows) rows, \(size.nonZeros) non-zeros; built in \(seconds(since: planning))")
            case let .tierSolved(tier, value, bound, seconds):
                let proof = value == bound ? "proven optimal" : "bound \(bound)"
                log.say("Tier \(tier.rawValue): \(value) (\(proof)) in \(String(format: "%.2f", seconds)) s")
            case .stopped(let reason):
                log.say("Stopped: \(reason)")
            }
        }
        if plan.status == .infeasible {
            try refuseInfeasible(plan, input: data)
        }

        log.say("Planned in \(seconds(since: started)); writing")
        let writing = ContinuousClock.now
        let written: (files: Int, warnings: [String])
        do {
            written = try PlanFolder(url: URL(fileURLWithPath: out), previous: previous.map(PreviousPlanFile.folder)).write(
                plan: plan, planJSON: nil, input: data, inputFiles: loaded.canonicalFiles,
                options: publishing.settings)
        } catch {
            complain("error: \(error)")
            throw ExitCode(1)
        }
        for warning in written.warnings { log.say("warning: \(warning)") }
        log.say("Plan \(plan.status.rawValue): \(plan.assignments.count) assignments, \(plan.unassigned.count) visitors unassigned; "
            + "wrote \(written.files) files to \(out) in \(seconds(since: started)) (writing \(seconds(since: writing)))")
    }
}

extension PlanCommand {
    /// Says why no plan could be made and exits non-zero. A new or empty OUT gets plan.json alone
    /// (status infeasible, with the problems); a folder holding an earlier plan keeps it.
    func refuseInfeasible(_ plan: Plan, input: PlanningInput) throws -> Never {
        for problem in plan.problems { complain("error: \(problem)") }
        let url = URL(fileURLWithPath: out)
        let content = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        if content.isEmpty {
            try? OutputFolder(url: url).replace(with: [
                PublishedFile(path: "plan.json", text: PlanJSON.render(plan, input: input)),
            ])
            complain("No plan: status infeasible, written to \(out)/plan.json; change the pins and plan again.")
        } else {
            complain("No plan: status infeasible; \(out) keeps what it held. Change the pins and plan again.")
        }
        throw ExitCode(1)
    }
}

/// The time since `start`, as people read it: "1.23 s".
func seconds(since start: ContinuousClock.Instant) -> String {
    let d = start.duration(to: .now)
    return String(format: "%.2f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
}
