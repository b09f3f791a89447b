/// The reasons in Dutch.
extension ReasonTemplate {
    static let dutch = ReasonTemplate(template: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        {{#withdrew}}
        Uitschrijving geregistreerd: er is geen bezoek gepland. Wie toch wil deelnemen, neemt contact op met het coördinatieteam.
        {{/withdrew}}
        {{#noVisitsAllowed}}
        max_visits is 0, dus er kan geen bezoek gepland worden. Zet max_visits op minstens 1 om deel te nemen.
        {{/noVisitsAllowed}}
        {{#noChoices}}
        Er zijn geen keuzes opgegeven en suggesties werden niet aanvaard. Rangschik enkele gastorganisaties of aanvaard suggesties.
        {{/noChoices}}
        {{#noEligibleChoice}}
        Geen enkele gerangschikte keuze is mogelijk{{#hasObstacles}}: {{#obstacles}}{{^first()}}, {{/first()}}{{choice}}{{#hostName}}{{#isSession}} bij{{/isSession}} {{.}}{{/hostName}}{{#hasReasons}} ({{#reasons}}{{^first()}}, {{/first()}}{{#notAvailable}}buiten de beschikbaarheid{{/notAvailable}}{{#noCommonLanguage}}geen gemeenschappelijke taal{{/noCommonLanguage}}{{#ownOrganization}}eigen organisatie{{/ownOrganization}}{{#notAccessible}}niet rolstoeltoegankelijk{{/notAccessible}}{{#noSessions}}opent geen enkel moment{{/noSessions}}{{#calledOff}}moment geannuleerd door de organisatie{{/calledOff}}{{#ruledOutByTeam}}uitgesloten door het team{{/ruledOutByTeam}}{{#groupCannotGo}}niet mogelijk voor de hele groep{{/groupCannotGo}}{{/reasons}}){{/hasReasons}}{{/obstacles}}{{/hasObstacles}}. {{#adviseLanguageAndTime}}Voeg een taal toe, ruim de beschikbaarheid uit of kies andere gastorganisaties.{{/adviseLanguageAndTime}}{{#adviseLanguage}}Voeg een taal toe of kies andere gastorganisaties.{{/adviseLanguage}}{{#adviseTime}}Ruim de beschikbaarheid uit of kies andere gastorganisaties.{{/adviseTime}}{{#adviseHosts}}Kies andere gastorganisaties.{{/adviseHosts}}
        {{/noEligibleChoice}}
        {{#choicesTaken}}
        Alle mogelijke keuzes waren al ingenomen: {{#taken}}{{^first()}}, {{/first()}}{{sessionID}}{{#hostName}} bij {{.}}{{/hostName}} ({{#full}}volzet, {{capacity}} {{#one}}plaats{{/one}}{{^one}}plaatsen{{/one}}{{/full}}{{#cancelled}}geannuleerd: minder dan {{minVisitors}} {{#one}}deelnemer{{/one}}{{^one}}deelnemers{{/one}}{{/cancelled}}{{#leftUnused}}plaatsen niet benut in de planning{{/leftUnused}}{{#hostDayFull}}de organisatie ontving die dag al haar maximum van {{limit}} bezoekers{{/hostDayFull}}{{#tooFewForGroup}}minder vrije plaatsen dan de {{groupSize}} personen van de groep, die samen komen{{/tooFewForGroup}}){{/taken}}. Minder gevraagde gastorganisaties kiezen of suggesties aanvaarden vergroot de kansen.{{#hasUnused}} Er zijn daar nog plaatsen vrij: het team kan deze persoon nog manueel toevoegen.{{/hasUnused}}
        {{/choicesTaken}}
        {{#noSuggestionLeft}}
        Geen enkele gerangschikte keuze was mogelijk, en geen andere sessie had nog een plaats vrij voor een suggestie. Kies andere gastorganisaties of ruim de beschikbaarheid uit.
        {{/noSuggestionLeft}}
        """, name: "reason nl"))
}
