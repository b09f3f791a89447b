import Scheduling

/// Why a visitor got no session, as one or two sentences a person can act on.
public enum ReasonText {
    /// The reason in `language` (French, Dutch, else English), naming the hosts of `input`.
    public static func text(_ reason: UnassignedReason, in language: Language, input: PlanningInput) -> String {
        render(reason, in: OutputLanguage(language), hostName: { input.host($0)?.name },
               hostOfSession: { input.session($0).map { input.host(of: $0).name } })
    }

    /// The reason naming only ids, for when the input is not at hand.
    static func text(_ reason: UnassignedReason, in language: OutputLanguage) -> String {
        render(reason, in: language, hostName: { _ in nil }, hostOfSession: { _ in nil })
    }

    private static func render(_ reason: UnassignedReason, in language: OutputLanguage,
                               hostName: (String) -> String?, hostOfSession: (String) -> String?) -> String {
        let context = self.context(reason, hostName: hostName, hostOfSession: hostOfSession)
        return PageLibrary.of(language).render("reason", context).trimmingSpaces()
    }

    /// The context of `ReasonLayouts.reason`: one flag per case, plus the case's details.
    private static func context(_ reason: UnassignedReason, hostName: (String) -> String?,
                                hostOfSession: (String) -> String?) -> [String: Any] {
        var context: [String: Any] = [
            "noVisitsAllowed": false, "noChoices": false, "noEligibleChoice": false,
            "choicesTaken": false, "noSuggestionLeft": false, "withdrew": false,
        ]
        switch reason {
        case .withdrew:
            context["withdrew"] = true
        case .noVisitsAllowed:
            context["noVisitsAllowed"] = true
        case .noChoices:
            context["noChoices"] = true
        case .noSuggestionLeft:
            context["noSuggestionLeft"] = true
        case .noEligibleChoice(let obstacles):
            context["noEligibleChoice"] = true
            context["hasObstacles"] = !obstacles.isEmpty
            context["obstacles"] = obstacles.map { obstacle -> [String: Any] in
                let host = hostName(obstacle.choice)
                let name = host ?? hostOfSession(obstacle.choice)
                return [
                    "choice": obstacle.choice,
                    "hostName": name ?? false,
                    "isSession": host == nil,
                    "hasReasons": !obstacle.reasons.isEmpty,
                    "reasons": obstacle.reasons.sorted().map { r -> [String: Any] in
                        ["notAvailable": r == .notAvailable, "noCommonLanguage": r == .noCommonLanguage,
                         "ownOrganization": r == .ownOrganization, "notAccessible": r == .notAccessible,
                         "noSessions": r == .noSessions, "calledOff": r == .calledOff,
                         "ruledOutByTeam": r == .ruledOutByTeam, "groupCannotGo": r == .groupCannotGo]
                    },
                ]
            }
            let all = Set(obstacles.flatMap(\.reasons))
            let language = all.contains(.noCommonLanguage), time = all.contains(.notAvailable)
            context["adviseLanguageAndTime"] = language && time
            context["adviseLanguage"] = language && !time
            context["adviseTime"] = time && !language
            context["adviseHosts"] = !language && !time
        case .choicesTaken(let taken):
            context["choicesTaken"] = true
            context["hasUnused"] = taken.contains { $0.state == .leftUnused }
            context["taken"] = taken.map { t -> [String: Any] in
                var item: [String: Any] = [
                    "sessionID": t.sessionID, "hostName": hostOfSession(t.sessionID) ?? false,
                    "full": false, "cancelled": false, "leftUnused": false, "hostDayFull": false, "tooFewForGroup": false,
                ]
                switch t.state {
                case .full(let capacity):
                    item["full"] = true
                    item["capacity"] = capacity
                    item["capacityOne"] = capacity == 1
                case .cancelled(let minVisitors):
                    item["cancelled"] = true
                    item["minVisitors"] = minVisitors
                    item["one"] = minVisitors == 1
                case .hostDayFull(let limit):
                    item["hostDayFull"] = true
                    item["limit"] = limit
                    item["one"] = limit == 1
                case .tooFewForGroup(let size):
                    item["tooFewForGroup"] = true
                    item["groupSize"] = size
                    item["one"] = false
                case .leftUnused:
                    item["leftUnused"] = true
                    item["one"] = false
                }
                return item
            }
        }
        return context
    }
}
