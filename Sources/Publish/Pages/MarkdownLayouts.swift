/// The structure of the Markdown documents people keep (a visitor's schedule, a host's roster),
/// the same in every language: the words come from partials of `PageWording` and `ChangeWording`,
/// the context from `PersonContext`, as for the pages. Mustache escapes people's text for
/// Markdown (see `TemplateContentType`); dates and times, ours, go in with `{{{…}}}`.
enum MarkdownLayouts {
    /// A visitor's week. Keys: those of `PersonContext.visitor`.
    static let schedule = """
        \(TemplateContentType.markdown.pragma)
        # {{> eventHeading}}

        {{> visitorGreeting}}

        {{#hasVisits}}
        {{> visitorIntro}}

        {{#visits}}
        ## {{{dateTitle}}}, {{{time}}}

        **{{hostName}}**

        {{#title}}
        - {{> labelProgram}}{{> colon}}{{.}}
        {{/title}}
        - {{> labelKind}}{{> colon}}{{> kindFullName}}. {{> kindAbout}}
        {{#place}}
        - {{> labelAddress}}{{> colon}}{{.}}
        {{/place}}
        {{#contact}}
        - {{> labelContact}}{{> colon}}{{.}}
        {{/contact}}
        - {{> choiceText}}

        {{#description}}
        {{> aboutHost}}

        {{/description}}
        {{/visits}}
        {{> visitorCantCome}}

        {{> waitingText}}
        {{/hasVisits}}
        {{> visitorEnd}}
        """

    /// A host's roster. Keys: those of `PersonContext.host`.
    static let roster = """
        \(TemplateContentType.markdown.pragma)
        # {{> eventHeading}}

        ## {{> hostPageTitle}}

        {{> rosterGreeting}}

        {{> rosterIntro}}

        {{#sessions}}
        ### {{{dateTitle}}}, {{{time}}} ({{sessionID}})

        - {{> labelKind}}{{> colon}}{{> kindFullName}}
        {{#title}}
        - {{> labelProgram}}{{> colon}}{{.}}
        {{/title}}
        - {{> labelCapacity}}{{> colon}}{{> capacityText}}
        - {{> labelStatus}}{{> colon}}{{#open}}{{> rosterStatusOpen}}{{/open}}{{#cancelled}}**{{> statusCancelled}}**{{/cancelled}}

        {{#open}}
        | {{> colLastName}} | {{> colFirstName}} | {{> colOrganization}} | {{> colRole}} | {{> colLanguages}} | {{> colEmailInList}} |{{#hasPhone}} {{> colPhone}} |{{/hasPhone}}
        |---|---|---|---|---|---|{{#hasPhone}}---|{{/hasPhone}}
        {{#visitors}}
        {{> rosterRow}}
        {{/visitors}}

        {{/open}}
        {{#cancelled}}
        **{{> cancelledLabel}}**{{> colon}}{{> rosterCancelledText}}

        {{/cancelled}}
        {{/sessions}}
        {{^sessions}}
        {{> rosterNoSessions}}

        {{/sessions}}
        {{> rosterQuestion}}
        """

    /// One visitor in a roster's table, each value escaped as a table cell. Keys: those of a
    /// roster's visitor, and the session's `hasPhone`.
    static let rosterRow = """
        \(TemplateContentType.markdownCell.pragma)
        | {{lastName}} | {{firstName}} | {{#organization}}{{.}}{{/organization}} | {{#role}}{{.}}{{/role}} | {{languages}} | {{email}} |{{#hasPhone}} {{#phone}}{{.}}{{/phone}} |{{/hasPhone}}
        """
}
