/// The reasons in French.
extension ReasonTemplate {
    static let french = ReasonTemplate(template: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        {{#withdrew}}
        Désinscription enregistrée : aucune visite n'est prévue. Pour revenir sur cette décision, contactez l'équipe de coordination.
        {{/withdrew}}
        {{#noVisitsAllowed}}
        max_visits vaut 0 : aucune visite ne peut être prévue. Indiquez au moins 1 dans max_visits pour participer.
        {{/noVisitsAllowed}}
        {{#noChoices}}
        Aucun choix n'a été indiqué et les suggestions n'ont pas été acceptées. Classez quelques structures d'accueil ou acceptez les suggestions.
        {{/noChoices}}
        {{#noEligibleChoice}}
        Aucun des choix classés n'est possible{{#hasObstacles}} : {{#obstacles}}{{^first()}}, {{/first()}}{{choice}}{{#hostName}}{{#isSession}} chez{{/isSession}} {{.}}{{/hostName}}{{#hasReasons}} ({{#reasons}}{{^first()}}, {{/first()}}{{#notAvailable}}en dehors des disponibilités{{/notAvailable}}{{#noCommonLanguage}}aucune langue commune{{/noCommonLanguage}}{{#ownOrganization}}même organisation{{/ownOrganization}}{{#notAccessible}}pas accessible en fauteuil roulant{{/notAccessible}}{{#noSessions}}n'ouvre aucune plage{{/noSessions}}{{#calledOff}}plage annulée par la structure{{/calledOff}}{{#ruledOutByTeam}}écarté par l'équipe{{/ruledOutByTeam}}{{#groupCannotGo}}pas possible pour tout le groupe{{/groupCannotGo}}{{/reasons}}){{/hasReasons}}{{/obstacles}}{{/hasObstacles}}. {{#adviseLanguageAndTime}}Ajoutez une langue, élargissez les disponibilités ou choisissez d'autres structures d'accueil.{{/adviseLanguageAndTime}}{{#adviseLanguage}}Ajoutez une langue ou choisissez d'autres structures d'accueil.{{/adviseLanguage}}{{#adviseTime}}Élargissez les disponibilités ou choisissez d'autres structures d'accueil.{{/adviseTime}}{{#adviseHosts}}Choisissez d'autres structures d'accueil.{{/adviseHosts}}
        {{/noEligibleChoice}}
        {{#choicesTaken}}
        Tous les choix possibles étaient déjà pris : {{#taken}}{{^first()}}, {{/first()}}{{sessionID}}{{#hostName}} chez {{.}}{{/hostName}} ({{#full}}complet, {{capacity}} {{#one}}place{{/one}}{{^one}}places{{/one}}{{/full}}{{#cancelled}}annulé : moins de {{minVisitors}} {{#one}}participant{{/one}}{{^one}}participants{{/one}}{{/cancelled}}{{#leftUnused}}places laissées libres par le plan{{/leftUnused}}{{#hostDayFull}}la structure a atteint son maximum de {{limit}} visiteurs ce jour-là{{/hostDayFull}}{{#tooFewForGroup}}moins de places libres que les {{groupSize}} personnes du groupe, qui viennent ensemble{{/tooFewForGroup}}){{/taken}}. Choisir des structures d'accueil moins demandées ou accepter les suggestions augmenterait les chances.{{#hasUnused}} Il reste des places libres : l'équipe peut encore y inscrire cette personne manuellement.{{/hasUnused}}
        {{/choicesTaken}}
        {{#noSuggestionLeft}}
        Aucun des choix classés n'était possible, et aucun autre créneau n'avait encore de place à proposer. Choisissez d'autres structures d'accueil ou élargissez les disponibilités.
        {{/noSuggestionLeft}}
        """, name: "reason fr"))
}
