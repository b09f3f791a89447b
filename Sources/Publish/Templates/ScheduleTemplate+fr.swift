/// The schedule in French.
extension ScheduleTemplate {
    static let french = ScheduleTemplate(template: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        Bonjour {{firstName}},

        {{#hasVisits}}
        {{#visitsOne}}Voici le rendez-vous prévu pour vous.{{/visitsOne}}{{^visitsOne}}Voici les {{visitCount}} rendez-vous prévus pour vous.{{/visitsOne}}

        {{#visits}}
        ## {{dateTitle}}, {{time}}

        **{{hostName}}**

        {{#title}}
        - Au programme : {{.}}
        {{/title}}
        - Formule : {{#isVisit}}visite Portes Ouvertes. Vous découvrez le service en groupe, pendant une heure ou deux.{{/isVisit}}{{#isImmersion}}immersion. Vous passez une demi-journée ou une journée au sein de l'équipe, à une ou deux personnes.{{/isImmersion}}
        {{#place}}
        - Adresse : {{.}}
        {{/place}}
        {{#contact}}
        - Contact : {{.}}
        {{/contact}}
        - {{#rank}}C'était votre choix n° {{.}}.{{/rank}}{{#suggestion}}Suggestion : ce créneau ne figurait pas parmi vos choix, mais vous acceptiez les suggestions.{{/suggestion}}

        {{#description}}
        {{hostName}} en quelques mots : {{.}}

        {{/description}}
        {{/visits}}
        Un empêchement ? Prévenez au plus vite l'équipe de coordination{{#bassin}} du bassin {{.}}{{/bassin}} : votre place pourra profiter à quelqu'un d'autre.

        {{after}}

        Belles découvertes !
        {{/hasVisits}}
        {{^hasVisits}}
        {{situation}}
        {{/hasVisits}}
        """, name: "schedule fr"))
}
