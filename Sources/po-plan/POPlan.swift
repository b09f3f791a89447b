import ArgumentParser

/// The po-plan command line: plan a week, publish it again, check its input, open the workspace.
@main
struct POPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "po-plan",
        abstract: "Matches visitors to the open-door sessions of a bassin, proven optimal.",
        discussion: """
        Give it a folder with event.yaml, hosts.csv, sessions.csv and visitors.csv, or the form
        exports a bassin team has (CSV or .xlsx, headers in French, Dutch or English). It assigns
        visitors to sessions (most people served, then the best-ranked choices, then the most
        cross-sector visits) and writes plan.json, each visitor's calendar, page and mail, each
        host's roster (CSV, page, calendar), a mail-merge file, a site for the team and a report.
        """,
        subcommands: [PlanCommand.self, ImportCommand.self, ValidateCommand.self, PublishCommand.self,
                      AttendanceCommand.self, FeedbackCommand.self, ServeCommand.self]
    )
}
