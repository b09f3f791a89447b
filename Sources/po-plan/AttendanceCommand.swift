import ArgumentParser
import Foundation
import Import
import PlanFolders
import Publish
import Scheduling

/// `po-plan attendance PLAN_DIR FILE`: records who came, from the attendance file the team filled
/// in from the sign-in sheets, and publishes the plan folder again with the certificates of
/// participation, their mails and the report's attendance.
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record who came (the filled-in attendance.csv, or .xlsx): certificates, their mails and the report's attendance.",
        discussion: """
        FILE is the attendance.csv that 'po-plan plan' wrote into PLAN_DIR, with the column 'present' filled in \
        from the sign-in sheets (oui, ja, yes or x for who came; empty, non, nee or no for who did not), saved by \
        Excel or LibreOffice as CSV (';' or ',', UTF-8 or Windows-1252) or as an .xlsx workbook. Every row must be \
        a visit of the plan; a mistake is shown at its line and column and nothing is recorded. The plan folder \
        then keeps attendance.json (ids only) and gets certificates/, mails/certificates/ and a report with attendance.
        """
    )

    @Argument(help: "A folder written by 'po-plan plan' (it holds plan.json).")
    var planFolder: String

    @Argument(help: "The filled-in attendance file (.csv or .xlsx).")
    var file: String

    @Option(name: .long, help: "The day the attendance is recorded, written on the certificates (YYYY-MM-DD; default: today).")
    var date: String?

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    @OptionGroup(title: "Publishing")
    var publishing: PublishingOptions

    func validate() throws {
        if let date, LocalDate(iso: date) == nil { throw ValidationError("--date must be a date as YYYY-MM-DD, found '\(date)'") }
    }

    func run() throws {
        let log = ProgressLog(quiet: quiet)
        let loaded = try LoadedPlan.load(planFolder, input: nil, quiet: quiet, acceptBrokenRules: true, log: log)
        let reading = AttendanceFile.read(at: URL(fileURLWithPath: file), plan: loaded.plan, input: loaded.input)
        for line in Diagnostic.cappedLines(reading.diagnostics.filter { $0.isError || !quiet }) { complain(line) }
        if reading.hasErrors {
            let errors = reading.diagnostics.filter(\.isError).count
            complain("\(errors) error(s) in \(URL(fileURLWithPath: file).lastPathComponent): nothing was recorded. Correct the rows and run again.")
            throw ExitCode(1)
        }
        let day = date.flatMap { LocalDate(iso: $0) } ?? Self.today(in: loaded.input.event.timezone)
        let attendance = Attendance(recordedOn: day, marks: reading.marks)
        try loaded.write(options: publishing, attendance: attendance, feedback: nil, log: log)
        let came = attendance.presentSessions
        log.say("Recorded attendance on \(day): \(attendance.marks.filter(\.present).count) of \(attendance.marks.count) expected "
            + "visits made; \(came.count) certificate(s) in certificates/, their mails in mails/certificates/")
    }

    /// Today's date where the event takes place.
    static func today(in zone: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? TimeZone(identifier: "Europe/Brussels")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
