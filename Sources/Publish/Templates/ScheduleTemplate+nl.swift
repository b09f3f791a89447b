/// The schedule in Dutch.
extension ScheduleTemplate {
    static let dutch = ScheduleTemplate(template: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        Beste {{firstName}},

        {{#hasVisits}}
        {{#visitsOne}}Hieronder vindt u de afspraak die voor u gepland is.{{/visitsOne}}{{^visitsOne}}Hieronder vindt u de {{visitCount}} afspraken die voor u gepland zijn.{{/visitsOne}}

        {{#visits}}
        ## {{dateTitle}}, {{time}}

        **{{hostName}}**

        {{#title}}
        - Programma: {{.}}
        {{/title}}
        - Formule: {{#isVisit}}bezoek (Portes Ouvertes). U maakt in groep kennis met de werking, een uur of twee lang.{{/isVisit}}{{#isImmersion}}kijkstage. U loopt een halve of een hele dag mee met het team, met hoogstens twee personen.{{/isImmersion}}
        {{#place}}
        - Adres: {{.}}
        {{/place}}
        {{#contact}}
        - Contactpersoon: {{.}}
        {{/contact}}
        - {{#rank}}Dit was uw keuze nr. {{.}}.{{/rank}}{{#suggestion}}Suggestie: dit moment stond niet bij uw keuzes, maar u stond open voor suggesties.{{/suggestion}}

        {{#description}}
        Over {{hostName}}: {{.}}

        {{/description}}
        {{/visits}}
        Kunt u toch niet komen? Verwittig dan zo snel mogelijk het coördinatieteam{{#bassin}} van bassin {{.}}{{/bassin}}, zodat iemand anders uw plaats kan krijgen.

        {{after}}

        Veel boeiende ontmoetingen!
        {{/hasVisits}}
        {{^hasVisits}}
        {{situation}}
        {{/hasVisits}}
        """, name: "schedule nl"))
}
