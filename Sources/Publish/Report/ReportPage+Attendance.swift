import Scheduling

/// The report's section on attendance, once the team recorded who came: visits made and
/// no-shows, per host, per day and per kind of session. Counts only; nobody is named.
extension ReportPage {
    /// The section as HTML; empty before attendance is recorded.
    var attendanceSection: String {
        guard let attendance else { return "" }
        let expected = optimal.plan.assignments.compactMap { a -> (session: Session, present: Bool)? in
            input.session(a.sessionID).map { ($0, attendance.came(a.visitorID, to: a.sessionID) == true) }
        }
        let present = expected.filter(\.present).count
        let people = Set(optimal.plan.assignments.filter { attendance.came($0.visitorID, to: $0.sessionID) == true }.map(\.visitorID))
        var context: [String: Any] = PersonContext.eventKeys(input.event, language: language)
        context["recordedOn"] = LocalizedDateText.date(attendance.recordedOn, in: language)
        context["figures"] = ["expected": expected.count, "present": present, "absent": expected.count - present,
                              "share": NumberText.percent(present, of: expected.count, in: language),
                              "people": people.count] as [String: Any]
        let hosts = input.hosts.map { host in
            (MarkdownText.oneLine(host.name), expected.filter { $0.session.hostID == host.id })
        }
        let days = Set(expected.map(\.session.date)).sorted().map { day in
            (LocalizedDateText.dateTitle(day, in: language), expected.filter { $0.session.date == day })
        }
        let kinds = [Session.Kind.visit, .immersion].map { kind in
            (capitalized(library.line("kindName", ["isVisit": kind == .visit, "isImmersion": kind == .immersion])),
             expected.filter { $0.session.kind == kind })
        }
        context["tables"] = [
            table("reportAttendanceByHost", header: "colHost", hosts),
            table("reportAttendanceByDay", header: "colDay", days),
            table("reportAttendanceByKind", header: "labelKind", kinds),
        ]
        return library.render("reportAttendanceSection", context)
    }

    /// One table: a row per group that expected someone.
    private func table(_ caption: String, header: String, _ groups: [(String, [(session: Session, present: Bool)])]) -> [String: Any] {
        ["caption": library.line(caption, [:]), "header": library.line(header, [:]),
         "rows": groups.filter { !$0.1.isEmpty }.map { label, visits -> [String: Any] in
             let came = visits.filter(\.present).count
             return ["label": label, "expected": visits.count, "present": came, "absent": visits.count - came]
         }]
    }

    /// The text with a capital first letter.
    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
