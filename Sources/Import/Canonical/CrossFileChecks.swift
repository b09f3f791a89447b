import Scheduling

/// Warnings that need more than one file: things that are valid but that a team will want to fix.
enum CrossFileChecks {
    /// Adds the warnings about hosts without sessions, choices that can never be given, and sessions
    /// in languages that no visitor speaks. Each check runs only when the files it needs could be read.
    static func run(hosts: HostsFile?, sessions: SessionsFile?, visitors: VisitorsFile?,
                    diagnostics: inout [Diagnostic]) {
        if let hosts, let sessions, sessions.hasIDs {
            for entry in hosts.entries where !sessions.hostsWithSessions.contains(entry.id) {
                diagnostics.append(.warning("host \(entry.id) has no session in sessions.csv, so nobody can visit it",
                                            file: hosts.file, sheet: hosts.sheet, line: entry.line,
                                            column: entry.idColumn))
            }
        }
        if let hosts, let sessions, let visitors, hosts.hasIDs, sessions.hasIDs {
            for entry in visitors.entries {
                checkChoices(of: entry, in: visitors, hosts: hosts, sessions: sessions, &diagnostics)
            }
        }
        if let hosts, let visitors { OrganizationResemblance.check(hosts: hosts, visitors: visitors, diagnostics: &diagnostics) }
        if let sessions, let visitors, !visitors.entries.isEmpty {
            for entry in sessions.entries {
                guard let session = entry.session,
                      visitors.spokenLanguages.isDisjoint(with: session.languages) else { continue }
                let given = session.languages.map(\.code).joined(separator: ";")
                diagnostics.append(.warning("session \(entry.id) is given in \(given), which no visitor speaks, "
                    + "so nobody can be assigned to it", file: sessions.file, sheet: sessions.sheet, line: entry.line,
                    column: entry.languagesColumn))
            }
        }
    }

    /// Warnings for the choices of one visitor that name a host without sessions or a host of the
    /// visitor's own organization.
    private static func checkChoices(of entry: VisitorsFile.Entry, in visitors: VisitorsFile, hosts: HostsFile,
                                     sessions: SessionsFile,
                                     _ diagnostics: inout [Diagnostic]) {
        var seen: Set<String> = []
        let organization = entry.organization.map(FoldedText.init)
        for choice in entry.choices where seen.insert(choice).inserted {
            func warn(_ message: String) {
                diagnostics.append(.warning(message, file: visitors.file, sheet: visitors.sheet, line: entry.line,
                                            column: entry.choicesColumn))
            }
            if hosts.registry.contains(choice), !sessions.hostsWithSessions.contains(choice) {
                warn("choices: host '\(choice)' has no session in sessions.csv, so this choice can never be given")
            }
            let hostID = hosts.registry.contains(choice) ? choice : sessions.entry(choice)?.hostID
            if let organization, !organization.isEmpty, let hostID, let host = hosts.entry(hostID)?.host,
               FoldedText(host.organization) == organization {
                warn("choices: '\(choice)' is at a host of the visitor's own organization, "
                    + "where visitors are never sent, so this choice can never be given")
            }
        }
    }
}
