/// The structure of the plain-text outputs (mails and calendar texts), the same in every
/// language: the words come from partials of `PageWording`. Nothing is escaped here; the
/// calendar writer escapes for iCalendar and the mail writer encodes for MIME.
enum TextLayouts {
    /// A visitor's mail. Keys: those of the visitor page, plus `pageURL` and `hasCalendar`.
    static let visitorMail = """
        {{% CONTENT_TYPE: TEXT}}
        {{> visitorGreeting}}

        {{#hasVisits}}
        {{> visitorMailIntro}}

        {{#visits}}
        * {{dateTitle}}, {{time}}
          {{hostName}}{{#organization}} ({{.}}){{/organization}}, {{> kindName}}
        {{#title}}
          {{> labelProgram}}{{> colon}}{{.}}
        {{/title}}
        {{#place}}
          {{> labelAddress}}{{> colon}}{{.}}
        {{/place}}
        {{#contact}}
          {{> labelContact}}{{> colon}}{{.}}
        {{/contact}}

        {{/visits}}
        {{#hasCalendar}}
        {{> visitorMailAttachment}}{{#pageURL}} {{> visitorMailOnline}} {{.}}{{/pageURL}}
        {{/hasCalendar}}

        {{> waitingText}}
        {{> visitorCantCome}}
        {{/hasVisits}}
        {{> visitorEnd}}

        {{> signature}}
        """

    /// The end of what a visitor reads (the mail, the Markdown schedule): with visits, whom to
    /// contact and the closing; without, where they stand (see `ChangeLayouts.situationText`).
    static let visitorEnd = """
        {{% CONTENT_TYPE: TEXT}}
        {{#hasVisits}}
        {{> teamContactText}}

        {{> visitorClosing}}
        {{/hasVisits}}
        {{^hasVisits}}
        {{> situationText}}
        {{#pageURL}}

        {{> mailPageLink}} {{.}}
        {{/pageURL}}
        {{/hasVisits}}
        """

    /// A host's mail. Keys: those of the host page, plus `pageURL`.
    static let hostMail = """
        {{% CONTENT_TYPE: TEXT}}
        {{> hostGreeting}}

        {{> hostMailIntro}}

        {{#sessions}}
        * {{dateTitle}}, {{time}}, {{> kindName}}{{#title}} ({{.}}){{/title}}
        {{> sessionPeople}}

        {{/sessions}}
        {{^sessions}}
        {{> hostNoSessions}}

        {{/sessions}}
        {{> hostMailAttachment}}{{#pageURL}} {{> visitorMailOnline}} {{.}}{{/pageURL}}

        {{> hostQuestion}}
        {{> teamContactText}}

        {{> signature}}
        """

    /// The subject of a visitor's mail.
    static let visitorSubject = "{{% CONTENT_TYPE: TEXT}}{{> visitorMailSubject}}"

    /// The subject of a host's mail.
    static let hostSubject = "{{% CONTENT_TYPE: TEXT}}{{> hostMailSubject}}"

    /// The SUMMARY of a visit in the visitor's calendar. Keys: those of `VisitContext`.
    static let visitSummary = "{{% CONTENT_TYPE: TEXT}}{{> calendarVisitSummary}}"

    /// The DESCRIPTION of a visit in the visitor's calendar: host, contact and what to expect.
    static let visitDescription = """
        {{% CONTENT_TYPE: TEXT}}
        {{hostName}}{{#organization}} ({{.}}){{/organization}}
        {{> labelKind}}{{> colon}}{{> kindExplained}}
        {{#title}}
        {{> labelProgram}}{{> colon}}{{.}}
        {{/title}}
        {{#contact}}
        {{> labelContact}}{{> colon}}{{.}}
        {{/contact}}
        {{> choiceText}}

        {{#description}}
        {{.}}

        {{/description}}
        {{> visitorCantCome}}
        """

    /// The SUMMARY of a session in the host's calendar. Keys: those of one roster session.
    static let sessionSummary = "{{% CONTENT_TYPE: TEXT}}{{> calendarSessionSummary}}"

    /// The DESCRIPTION of a session in the host's calendar: who comes.
    static let sessionDescription = """
        {{% CONTENT_TYPE: TEXT}}
        {{> kindName}}{{#title}} ({{.}}){{/title}}
        {{> labelCapacity}}{{> colon}}{{> capacityText}}
        {{> sessionPeople}}
        """

    /// Who comes to one session of a host (in the host's mail and calendar), or that it is cancelled.
    static let sessionPeople = """
        {{% CONTENT_TYPE: TEXT}}
        {{#open}}
          {{> participantsText}}{{> colon}}
        {{#visitors}}
          - {{firstName}} {{lastName}}{{#organization}}, {{.}}{{/organization}}{{#role}} ({{.}}){{/role}}, {{email}}{{#phone}}, {{.}}{{/phone}}
        {{/visitors}}
        {{/open}}
        {{#cancelled}}
          {{> hostCancelled}}
        {{/cancelled}}
        """
}
