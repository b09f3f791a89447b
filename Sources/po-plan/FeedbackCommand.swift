import ArgumentParser
import Foundation
import Import
import PlanFolders
import Publish
import Scheduling

/// `po-plan feedback PLAN_DIR FILE`: reads the export of the team's evaluation form, keeps its
/// answers without who gave them, adds their summary (per host and for the whole week) to the
/// report and prints the averages. No respondent's name or e-mail is kept or printed.
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Summarise the team's evaluation form (CSV or .xlsx export) per host and overall, in the report.",
        discussion: """
        FILE is the export of the team's own evaluation form: one row per answer, one column per question. \
        The column that names the host visited (its name, host_id or session_id) ties an answer to a host; \
        columns of whole numbers from 0 to 10 are scores, averaged; other columns are comments, shown without \
        names or e-mail addresses. Columns about the respondent (name, e-mail, phone, organisation, time) are \
        never read. The plan folder keeps feedback.json (anonymous) and its report gets the summary.
        """
    )

    @Argument(help: "A folder written by 'po-plan plan' (it holds plan.json).")
    var planFolder: String

    @Argument(help: "The evaluation form's answers (.csv or .xlsx).")
    var file: String

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @OptionGroup(title: "Publishing")
    var publishing: PublishingOptions

    func run() throws {
        let log = ProgressLog(quiet: quiet)
        let loaded = try LoadedPlan.load(planFolder, input: nil, quiet: quiet, acceptBrokenRules: true, log: log)
        let reading = FeedbackFile.read(at: URL(fileURLWithPath: file), input: loaded.input)
        for line in Diagnostic.cappedLines(reading.diagnostics.filter { $0.isError || !quiet }) { complain(line) }
        guard let feedback = reading.feedback, !reading.hasErrors else {
            complain("the answers could not be read: nothing was recorded.")
            throw ExitCode(1)
        }
        try loaded.write(options: publishing, attendance: nil, feedback: feedback, log: log)
        if !quiet { Console.write(Self.summary(feedback, input: loaded.input), to: .output) }
    }

    /// The averages as text: for the whole week, then per host with answers. Counts and hosts only.
    static func summary(_ feedback: Feedback, input: PlanningInput) -> String {
        func line(_ title: String, _ answers: [Feedback.Answer]) -> String {
            let scores = feedback.questions.indices.filter { feedback.questions[$0].isScore }.compactMap { i -> String? in
                let values = answers.compactMap { i < $0.scores.count ? $0.scores[i] : nil }
                guard !values.isEmpty else { return nil }
                let mean = Double(values.reduce(0, +)) / Double(values.count)
                return "\(feedback.questions[i].label): " + String(format: "%.1f", mean) + "/\(feedback.questions[i].scale)"
            }
            return "\(title): \(answers.count) answer(s)" + (scores.isEmpty ? "" : "; " + scores.joined(separator: "; ")) + "\n"
        }
        var text = line("Whole week", feedback.answers)
        for host in input.hosts {
            let answers = feedback.answers.filter { $0.hostID == host.id }
            if !answers.isEmpty { text += line(host.name, answers) }
        }
        return text + "The report (report.html) shows the averages and the comments per host.\n"
    }
}
