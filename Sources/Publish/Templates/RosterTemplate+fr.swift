/// The roster in French.
extension RosterTemplate {
    static let french = RosterTemplate(markdown: TemplateCompiler.compile("""
        {{% CONTENT_TYPE: TEXT}}
        # {{eventName}}{{#bassin}} — bassin {{.}}{{/bassin}}

        ## Visiteurs attendus : {{hostName}}

        Bonjour{{#contactName}} {{.}}{{/contactName}},

        Merci d'ouvrir vos portes ! Voici, pour chacune de vos sessions, les personnes qui viendront.

        {{#sessions}}
        ### {{dateTitle}}, {{time}} ({{sessionID}})

        - Formule : {{#isVisit}}visite Portes Ouvertes{{/isVisit}}{{#isImmersion}}immersion{{/isImmersion}}
        {{#title}}
        - Au programme : {{.}}
        {{/title}}
        - Capacité : {{capacity}} {{#capacityOne}}place{{/capacityOne}}{{^capacityOne}}places{{/capacityOne}}
        - Statut : {{#open}}confirmée, {{count}} {{#countOne}}participant{{/countOne}}{{^countOne}}participants{{/countOne}}{{/open}}{{#cancelled}}**annulée**{{/cancelled}}

        {{#open}}
        | Nom | Prénom | Organisation | Fonction | Langues | E-mail |{{#hasPhone}} Téléphone |{{/hasPhone}}
        |---|---|---|---|---|---|{{#hasPhone}}---|{{/hasPhone}}
        {{#visitors}}
        | {{lastName}} | {{firstName}} | {{organization}} | {{role}} | {{languages}} | {{email}} |{{#hasPhone}} {{phone}} |{{/hasPhone}}
        {{/visitors}}

        {{/open}}
        {{#cancelled}}
        **Session annulée** : aucun visiteur n'y a été attribué{{#minVisitors}} (il en fallait au moins {{.}}){{/minVisitors}}. Elle n'a pas lieu et vous n'attendez personne à ce moment-là.

        {{/cancelled}}
        {{/sessions}}
        {{^sessions}}
        Aucune session n'est enregistrée pour votre structure.

        {{/sessions}}
        Une question, un changement ? Contactez l'équipe de coordination{{#bassin}} du bassin {{.}}{{/bassin}}.
        """, name: "roster fr"),
        csvHeader: ["session", "date", "début", "fin", "formule", "nom", "prénom", "organisation",
                    "fonction", "langues", "e-mail", "téléphone"],
        kindWords: [.visit: "visite", .immersion: "immersion"],
        languageNames: [
            "fr": "français", "nl": "néerlandais", "en": "anglais", "de": "allemand",
            "es": "espagnol", "it": "italien", "pt": "portugais", "ar": "arabe", "tr": "turc",
            "pl": "polonais", "ro": "roumain", "ru": "russe",
        ])
}
