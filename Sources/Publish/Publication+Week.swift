import Scheduling

/// What the publication holds for the week itself and after: the sign-in sheets, the
/// attendance file to fill in and, once attendance is recorded, the certificates and their mails.
extension Publication {
    /// The sheets, `attendance.csv` and the certificates (with their mails) of `plan`.
    static func weekFiles(plan: Plan, input: PlanningInput, options: PublicationOptions, sheets: SignInSheets,
                          visitorNames: FileNames, pageURL: @escaping (Visitor) -> String?) -> [PublishedFile] {
        var files = sheets.files
        files.append(PublishedFile(path: "attendance.csv", text: AttendanceCSV.render(plan, input: input)))
        if let attendance = options.attendance {
            files += Certificates(plan: plan, input: input, attendance: attendance, pageURL: pageURL,
                                  visitorNames: visitorNames).files(eml: options.eml)
        }
        return files
    }
}
