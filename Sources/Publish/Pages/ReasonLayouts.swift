/// The structure of why a visitor got no session, the same in every language: the words come
/// from `ReasonWording`. Plain text (plan.json, the report escapes it where it inserts it).
enum ReasonLayouts {
    /// One reason. Keys: one flag per case (`withdrew`, `noVisitsAllowed`, `noChoices`,
    /// `noEligibleChoice`, `choicesTaken`, `noSuggestionLeft`) and the case's details, see `ReasonText`.
    static let reason = """
        {{% CONTENT_TYPE: TEXT}}
        {{#withdrew}}
        {{> reasonWithdrew}}
        {{/withdrew}}
        {{#noVisitsAllowed}}
        {{> reasonNoVisitsAllowed}}
        {{/noVisitsAllowed}}
        {{#noChoices}}
        {{> reasonNoChoices}}
        {{/noChoices}}
        {{#noEligibleChoice}}
        {{> reasonNoEligibleChoice}}{{#hasObstacles}}{{> colon}}{{#obstacles}}{{^first()}}, {{/first()}}{{choice}}{{#hostName}}{{#isSession}} {{> reasonAt}}{{/isSession}} {{.}}{{/hostName}}{{#hasReasons}} ({{#reasons}}{{^first()}}, {{/first()}}{{> obstacleReason}}{{/reasons}}){{/hasReasons}}{{/obstacles}}{{/hasObstacles}}. {{> reasonAdvice}}
        {{/noEligibleChoice}}
        {{#choicesTaken}}
        {{> reasonChoicesTaken}}{{> colon}}{{#taken}}{{^first()}}, {{/first()}}{{sessionID}}{{#hostName}} {{> reasonAt}} {{.}}{{/hostName}} ({{> takenState}}){{/taken}}. {{> reasonTakenAdvice}}{{#hasUnused}} {{> reasonHasUnused}}{{/hasUnused}}
        {{/choicesTaken}}
        {{#noSuggestionLeft}}
        {{> reasonNoSuggestionLeft}}
        {{/noSuggestionLeft}}
        """
}
