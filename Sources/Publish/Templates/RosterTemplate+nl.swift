/// The roster in Dutch.
extension RosterTemplate {
    static let dutch = RosterTemplate(markdown: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        ## Verwachte bezoekers: {{hostName}}

        Dag{{#contactName}} {{.}}{{/contactName}},

        Bedankt om uw deuren te openen! Hieronder vindt u per sessie wie er langskomt.

        {{#sessions}}
        ### {{dateTitle}}, {{time}} ({{sessionID}})

        - Formule: {{#isVisit}}bezoek (Portes Ouvertes){{/isVisit}}{{#isImmersion}}kijkstage{{/isImmersion}}
        {{#title}}
        - Programma: {{.}}
        {{/title}}
        - Capaciteit: {{capacity}} {{#capacityOne}}plaats{{/capacityOne}}{{^capacityOne}}plaatsen{{/capacityOne}}
        - Status: {{#open}}gaat door, {{count}} {{#countOne}}deelnemer{{/countOne}}{{^countOne}}deelnemers{{/countOne}}{{/open}}{{#cancelled}}**geannuleerd**{{/cancelled}}

        {{#open}}
        | Achternaam | Voornaam | Organisatie | Functie | Talen | E-mail |{{#hasPhone}} Telefoon |{{/hasPhone}}
        |---|---|---|---|---|---|{{#hasPhone}}---|{{/hasPhone}}
        {{#visitors}}
        | {{lastName}} | {{firstName}} | {{organization}} | {{role}} | {{languages}} | {{email}} |{{#hasPhone}} {{phone}} |{{/hasPhone}}
        {{/visitors}}

        {{/open}}
        {{#cancelled}}
        **Sessie geannuleerd**: er werd niemand aan toegewezen{{#minVisitors}} (minstens {{.}} deelnemers nodig){{/minVisitors}}. Deze sessie gaat niet door; u verwacht op dat moment niemand.

        {{/cancelled}}
        {{/sessions}}
        {{^sessions}}
        Er zijn geen sessies geregistreerd voor uw organisatie.

        {{/sessions}}
        Vragen of wijzigingen? Neem contact op met het coördinatieteam{{#bassin}} van bassin {{.}}{{/bassin}}.
        """, name: "roster nl"),
        csvHeader: ["sessie", "datum", "begin", "einde", "formule", "achternaam", "voornaam", "organisatie",
                    "functie", "talen", "e-mail", "telefoon"],
        kindWords: [.visit: "bezoek", .immersion: "kijkstage"],
        languageNames: [
            "fr": "Frans", "nl": "Nederlands", "en": "Engels", "de": "Duits",
            "es": "Spaans", "it": "Italiaans", "pt": "Portugees", "ar": "Arabisch", "tr": "Turks",
            "pl": "Pools", "ro": "Roemeens", "ru": "Russisch",
        ])
}
