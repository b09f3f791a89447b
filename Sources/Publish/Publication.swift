import Scheduling

/// Everything published for a plan, as relative paths and their text.
public struct Publication {
    /// `plan.json`, `schedules/<visitor>.md` for every visitor, `rosters/<host>.md` and
    /// `rosters/<host>.csv` for every host, sorted by path.
    public static func files(plan: Plan, input: PlanningInput) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = [("plan.json", PlanJSON.render(plan, input: input))]
        for visitor in input.visitors {
            let schedule = plan.schedule(for: visitor, in: input)
            files.append(("schedules/\(fileName(visitor.id)).md", ScheduleMarkdown.render(schedule, input: input)))
        }
        for host in input.hosts {
            let roster = plan.roster(for: host, in: input)
            files.append(("rosters/\(fileName(host.id)).md", RosterMarkdown.render(roster, input: input)))
            files.append(("rosters/\(fileName(host.id)).csv", RosterCSV.render(roster)))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// An id made safe as a file name: path separators and other risky characters become `_`.
    static func fileName(_ id: String) -> String {
        let safe = String(id.map { c -> Character in
            c.isLetter || c.isNumber || c == "-" || c == "_" || c == "." ? c : "_"
        })
        return safe.isEmpty || safe.allSatisfy({ $0 == "." }) ? "_" : safe
    }
}
