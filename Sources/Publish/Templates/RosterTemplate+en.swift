/// The roster in English.
extension RosterTemplate {
    static let english = RosterTemplate(markdown: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        ## Expected visitors: {{hostName}}

        Dear{{#contactName}} {{.}}{{/contactName}}{{^contactName}} host{{/contactName}},

        Thank you for opening your doors! Here, session by session, are the people who will come.

        {{#sessions}}
        ### {{dateTitle}}, {{time}} ({{sessionID}})

        - Format: {{#isVisit}}open-door visit (Portes Ouvertes){{/isVisit}}{{#isImmersion}}immersion (kijkstage){{/isImmersion}}
        {{#title}}
        - Programme: {{.}}
        {{/title}}
        - Capacity: {{capacity}} {{#capacityOne}}place{{/capacityOne}}{{^capacityOne}}places{{/capacityOne}}
        - Status: {{#open}}confirmed, {{count}} {{#countOne}}visitor{{/countOne}}{{^countOne}}visitors{{/countOne}}{{/open}}{{#cancelled}}**cancelled**{{/cancelled}}

        {{#open}}
        | Last name | First name | Organization | Role | Languages | Email |{{#hasPhone}} Phone |{{/hasPhone}}
        |---|---|---|---|---|---|{{#hasPhone}}---|{{/hasPhone}}
        {{#visitors}}
        | {{lastName}} | {{firstName}} | {{organization}} | {{role}} | {{languages}} | {{email}} |{{#hasPhone}} {{phone}} |{{/hasPhone}}
        {{/visitors}}

        {{/open}}
        {{#cancelled}}
        **Session cancelled**: nobody was assigned to it{{#minVisitors}} (at least {{.}} visitors were needed){{/minVisitors}}. It does not take place; expect no one at that time.

        {{/cancelled}}
        {{/sessions}}
        {{^sessions}}
        No sessions are registered for your service.

        {{/sessions}}
        Questions or changes? Contact the coordination team{{#bassin}} of bassin {{.}}{{/bassin}}.
        """, name: "roster en"),
        csvHeader: ["session", "date", "start", "end", "kind", "last name", "first name", "organization",
                    "role", "languages", "email", "phone"],
        kindWords: [.visit: "visit", .immersion: "immersion"],
        languageNames: [
            "fr": "French", "nl": "Dutch", "en": "English", "de": "German",
            "es": "Spanish", "it": "Italian", "pt": "Portuguese", "ar": "Arabic", "tr": "Turkish",
            "pl": "Polish", "ro": "Romanian", "ru": "Russian",
        ])
}
