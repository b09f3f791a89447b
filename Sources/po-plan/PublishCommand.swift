import ArgumentParser
import Foundation
import Import
import PlanFolders
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
        let loaded = try LoadedPlan.load(planFolder, input: input, quiet: quiet, acceptBrokenRules: acceptBrokenRules, log: log)
        try loaded.write(options: publishing, attendance: nil, feedback: nil, log: log)
    }
}
