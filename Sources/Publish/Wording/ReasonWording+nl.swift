/// Why a visitor got no session, in Dutch.
extension ReasonWording {
    static let dutch: [String: String] = [
        "reasonWithdrew": "Uitschrijving geregistreerd: er is geen bezoek gepland. Wie toch wil deelnemen, neemt contact op met het coördinatieteam.",
        "reasonNoVisitsAllowed": "max_visits is 0, dus er kan geen bezoek gepland worden. Zet max_visits op minstens 1 om deel te nemen.",
        "reasonNoChoices": "Er zijn geen keuzes opgegeven en suggesties werden niet aanvaard. Rangschik enkele gastorganisaties of aanvaard suggesties.",
        "reasonNoSuggestionLeft": "Geen enkele gerangschikte keuze was mogelijk, en geen andere sessie had nog een plaats vrij voor een suggestie. Kies andere gastorganisaties of ruim de beschikbaarheid uit.",
        "reasonNoEligibleChoice": "Geen enkele gerangschikte keuze is mogelijk",
        "reasonAt": "bij",
        "obstacleReason": "{{#notAvailable}}buiten de beschikbaarheid{{/notAvailable}}{{#noCommonLanguage}}geen gemeenschappelijke taal{{/noCommonLanguage}}{{#ownOrganization}}eigen organisatie{{/ownOrganization}}{{#notAccessible}}niet rolstoeltoegankelijk{{/notAccessible}}{{#noSessions}}opent geen enkel moment{{/noSessions}}{{#calledOff}}moment geannuleerd door de organisatie{{/calledOff}}{{#ruledOutByTeam}}uitgesloten door het team{{/ruledOutByTeam}}{{#groupCannotGo}}niet mogelijk voor de hele groep{{/groupCannotGo}}",
        "reasonAdvice": "{{#adviseLanguageAndTime}}Voeg een taal toe, ruim de beschikbaarheid uit of kies andere gastorganisaties.{{/adviseLanguageAndTime}}{{#adviseLanguage}}Voeg een taal toe of kies andere gastorganisaties.{{/adviseLanguage}}{{#adviseTime}}Ruim de beschikbaarheid uit of kies andere gastorganisaties.{{/adviseTime}}{{#adviseHosts}}Kies andere gastorganisaties.{{/adviseHosts}}",
        "reasonChoicesTaken": "Alle mogelijke keuzes waren al ingenomen",
        "takenState": "{{#full}}volzet, {{> capacityText}}{{/full}}{{#cancelled}}geannuleerd: minder dan {{minVisitors}} {{#one}}deelnemer{{/one}}{{^one}}deelnemers{{/one}}{{/cancelled}}{{#leftUnused}}plaatsen niet benut in de planning{{/leftUnused}}{{#hostDayFull}}de organisatie ontving die dag al haar maximum van {{limit}} bezoekers{{/hostDayFull}}{{#tooFewForGroup}}minder vrije plaatsen dan de {{groupSize}} personen van de groep, die samen komen{{/tooFewForGroup}}",
        "reasonTakenAdvice": "Minder gevraagde gastorganisaties kiezen of suggesties aanvaarden vergroot de kansen.",
        "reasonHasUnused": "Er zijn daar nog plaatsen vrij: het team kan deze persoon nog manueel toevoegen.",
    ]
}
