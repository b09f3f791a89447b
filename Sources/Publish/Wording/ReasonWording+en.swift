/// Why a visitor got no session, in English.
extension ReasonWording {
    static let english: [String: String] = [
        "reasonWithdrew": "Withdrawal recorded: no visit is planned. To take part after all, contact the coordination team.",
        "reasonNoVisitsAllowed": "max_visits is 0, so no visit can be planned. Set max_visits to 1 or more to take part.",
        "reasonNoChoices": "No choices given and not open to suggestions. Rank a few hosts or accept suggestions.",
        "reasonNoSuggestionLeft": "None of the ranked choices was possible, and no other session had a place left to suggest. Choose other hosts or widen availability.",
        "reasonNoEligibleChoice": "None of the ranked choices is possible",
        "reasonAt": "at",
        "obstacleReason": "{{#notAvailable}}outside availability{{/notAvailable}}{{#noCommonLanguage}}no common language{{/noCommonLanguage}}{{#ownOrganization}}own organization{{/ownOrganization}}{{#notAccessible}}not wheelchair accessible{{/notAccessible}}{{#noSessions}}opens no session{{/noSessions}}{{#calledOff}}called off by the host{{/calledOff}}{{#ruledOutByTeam}}ruled out by the team{{/ruledOutByTeam}}{{#groupCannotGo}}not possible for the whole group{{/groupCannotGo}}",
        "reasonAdvice": "{{#adviseLanguageAndTime}}Add a language, widen availability or choose other hosts.{{/adviseLanguageAndTime}}{{#adviseLanguage}}Add a language or choose other hosts.{{/adviseLanguage}}{{#adviseTime}}Widen availability or choose other hosts.{{/adviseTime}}{{#adviseHosts}}Choose other hosts.{{/adviseHosts}}",
        "reasonChoicesTaken": "Every possible choice was taken",
        "takenState": "{{#full}}full, {{> capacityText}}{{/full}}{{#cancelled}}cancelled: fewer than {{minVisitors}} {{#one}}visitor{{/one}}{{^one}}visitors{{/one}}{{/cancelled}}{{#leftUnused}}places left unused by the plan{{/leftUnused}}{{#hostDayFull}}the host had reached its limit of {{limit}} visitors that day{{/hostDayFull}}{{#tooFewForGroup}}fewer places left than the {{groupSize}} people of the group, who come together{{/tooFewForGroup}}",
        "reasonTakenAdvice": "Choosing less requested hosts or accepting suggestions would help.",
        "reasonHasUnused": "Places are still free there: the team can add this person by hand.",
    ]
}
