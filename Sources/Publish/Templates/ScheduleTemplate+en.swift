/// The schedule in English.
extension ScheduleTemplate {
    static let english = ScheduleTemplate(template: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        Dear {{firstName}},

        {{#hasVisits}}
        {{#visitsOne}}Here is the visit planned for you.{{/visitsOne}}{{^visitsOne}}Here are the {{visitCount}} visits planned for you.{{/visitsOne}}

        {{#visits}}
        ## {{dateTitle}}, {{time}}

        **{{hostName}}**

        {{#title}}
        - Programme: {{.}}
        {{/title}}
        - Format: {{#isVisit}}open-door visit (Portes Ouvertes). You discover the service in a group, for an hour or two.{{/isVisit}}{{#isImmersion}}immersion (kijkstage). You spend half a day or a day with the team, one or two visitors at most.{{/isImmersion}}
        {{#place}}
        - Address: {{.}}
        {{/place}}
        {{#contact}}
        - Contact: {{.}}
        {{/contact}}
        - {{#rank}}This was your choice no. {{.}}.{{/rank}}{{#suggestion}}A suggestion: this session was not among your choices, but you were open to suggestions.{{/suggestion}}

        {{#description}}
        About {{hostName}}: {{.}}

        {{/description}}
        {{/visits}}
        Can't make it after all? Please tell the coordination team{{#bassin}} of bassin {{.}}{{/bassin}} as soon as possible, so someone else can have your place.

        {{after}}

        Enjoy your visits!
        {{/hasVisits}}
        {{^hasVisits}}
        {{situation}}
        {{/hasVisits}}
        """, name: "schedule en"))
}
