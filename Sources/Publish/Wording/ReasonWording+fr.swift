/// Why a visitor got no session, in French.
extension ReasonWording {
    static let french: [String: String] = [
        "reasonWithdrew": "Désinscription enregistrée : aucune visite n'est prévue. Pour revenir sur cette décision, contactez l'équipe de coordination.",
        "reasonNoVisitsAllowed": "max_visits vaut 0 : aucune visite ne peut être prévue. Indiquez au moins 1 dans max_visits pour participer.",
        "reasonNoChoices": "Aucun choix n'a été indiqué et les suggestions n'ont pas été acceptées. Classez quelques structures d'accueil ou acceptez les suggestions.",
        "reasonNoSuggestionLeft": "Aucun des choix classés n'était possible, et aucun autre créneau n'avait encore de place à proposer. Choisissez d'autres structures d'accueil ou élargissez les disponibilités.",
        "reasonNoEligibleChoice": "Aucun des choix classés n'est possible",
        "reasonAt": "chez",
        "obstacleReason": "{{#notAvailable}}en dehors des disponibilités{{/notAvailable}}{{#noCommonLanguage}}aucune langue commune{{/noCommonLanguage}}{{#ownOrganization}}même organisation{{/ownOrganization}}{{#notAccessible}}pas accessible en fauteuil roulant{{/notAccessible}}{{#noSessions}}n'ouvre aucune plage{{/noSessions}}{{#calledOff}}plage annulée par la structure{{/calledOff}}{{#ruledOutByTeam}}écarté par l'équipe{{/ruledOutByTeam}}{{#groupCannotGo}}pas possible pour tout le groupe{{/groupCannotGo}}",
        "reasonAdvice": "{{#adviseLanguageAndTime}}Ajoutez une langue, élargissez les disponibilités ou choisissez d'autres structures d'accueil.{{/adviseLanguageAndTime}}{{#adviseLanguage}}Ajoutez une langue ou choisissez d'autres structures d'accueil.{{/adviseLanguage}}{{#adviseTime}}Élargissez les disponibilités ou choisissez d'autres structures d'accueil.{{/adviseTime}}{{#adviseHosts}}Choisissez d'autres structures d'accueil.{{/adviseHosts}}",
        "reasonChoicesTaken": "Tous les choix possibles étaient déjà pris",
        "takenState": "{{#full}}complet, {{> capacityText}}{{/full}}{{#cancelled}}annulé : moins de {{minVisitors}} {{#one}}participant{{/one}}{{^one}}participants{{/one}}{{/cancelled}}{{#leftUnused}}places laissées libres par le plan{{/leftUnused}}{{#hostDayFull}}la structure a atteint son maximum de {{limit}} visiteurs ce jour-là{{/hostDayFull}}{{#tooFewForGroup}}moins de places libres que les {{groupSize}} personnes du groupe, qui viennent ensemble{{/tooFewForGroup}}",
        "reasonTakenAdvice": "Choisir des structures d'accueil moins demandées ou accepter les suggestions augmenterait les chances.",
        "reasonHasUnused": "Il reste des places libres : l'équipe peut encore y inscrire cette personne manuellement.",
    ]
}
