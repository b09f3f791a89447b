/// The structure of what the week's changes add, the same in every language (the words come from
/// `ChangeWording`): the team's contact, what a visitor without a place asked for and waits for,
/// the change mails, the waiting list of a session in the team's index, and the report's section
/// on changes. Text layouts start with the text pragma; the others are HTML.
enum ChangeLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = [
        "teamContactText": teamContactText, "teamContactHTML": teamContactHTML,
        "situationText": situationText, "situationHTML": situationHTML,
        "waitingText": waitingText, "waitingHTML": waitingHTML, "waitingListHTML": waitingListHTML,
        "visitorChangeMail": visitorChangeMail, "hostChangeMail": hostChangeMail,
        "visitorChangeSubject": "{{% CONTENT_TYPE: TEXT}}{{> changeVisitorSubject}}",
        "hostChangeSubject": "{{% CONTENT_TYPE: TEXT}}{{> changeHostSubject}}",
        "reportChangesSection": reportChangesSection,
    ]

    /// The team's contact on one line. Keys: `hasTeamContact`, `teamContact`.
    static let teamContactText = "{{% CONTENT_TYPE: TEXT}}{{#hasTeamContact}}{{> teamContactLabel}}{{> colon}}{{teamContact}}{{/hasTeamContact}}"

    /// The team's contact, with links. Keys: `hasTeamContact`, `teamContactParts` (`text`, `href`).
    static let teamContactHTML = """
        {{#hasTeamContact}}<p class="contact">{{> teamContactLabel}}{{> colon}}{{#teamContactParts}}{{^first()}}, {{/first()}}{{#href}}<a href="{{.}}">{{/href}}{{text}}{{#href}}</a>{{/href}}{{/teamContactParts}}</p>{{/hasTeamContact}}

        """

    /// What a visitor without a place reads: that they withdrew, or what they asked for, what they
    /// wait for and what to do; then whom to contact. Keys: `withdrew`, `hasAskedFor`, `askedFor`,
    /// `hasWaiting`, `waiting` (`rank`, `label`), the team's contact.
    static let situationText = """
        {{% CONTENT_TYPE: TEXT}}
        {{#withdrew}}
        {{> visitorWithdrew}}
        {{/withdrew}}
        {{^withdrew}}
        {{> visitorNone}}

        {{#hasAskedFor}}
        {{> visitorAskedFor}}
        {{#askedFor}}
        * {{.}}
        {{/askedFor}}
        {{/hasAskedFor}}
        {{^hasAskedFor}}
        {{> visitorAskedNothing}}
        {{/hasAskedFor}}

        {{> waitingText}}
        {{> whatNow}} {{> visitorWhatNow}}
        {{/withdrew}}

        {{> teamContactText}}
        """

    /// The same as `situationText`, as HTML.
    static let situationHTML = """
        {{#withdrew}}
        <p>{{> visitorWithdrew}}</p>
        {{/withdrew}}
        {{^withdrew}}
        <p>{{> visitorNone}}</p>
        {{#hasAskedFor}}
        <p>{{> visitorAskedFor}}</p>
        <ul>
        {{#askedFor}}
        <li>{{.}}</li>
        {{/askedFor}}
        </ul>
        {{/hasAskedFor}}
        {{^hasAskedFor}}
        <p>{{> visitorAskedNothing}}</p>
        {{/hasAskedFor}}
        {{> waitingHTML}}
        <p><strong>{{> whatNow}}</strong> {{> visitorWhatNow}}</p>
        {{/withdrew}}
        {{> teamContactHTML}}
        """

    /// The choices a visitor waits for. Keys: `hasWaiting`, `waiting` (`rank`, `label`).
    static let waitingText = """
        {{% CONTENT_TYPE: TEXT}}
        {{#hasWaiting}}
        {{> visitorWaiting}}
        {{#waiting}}
        * {{> waitingItem}}
        {{/waiting}}

        {{> visitorWaitingPromise}}

        {{/hasWaiting}}
        """

    /// The same as `waitingText`, as HTML.
    static let waitingHTML = """
        {{#hasWaiting}}
        <p>{{> visitorWaiting}}</p>
        <ul>
        {{#waiting}}
        <li>{{> waitingItem}}</li>
        {{/waiting}}
        </ul>
        <p>{{> visitorWaitingPromise}}</p>
        {{/hasWaiting}}
        """

    /// A full session's waiting list in the team's index. Keys: `hasWaiting`, `waitingCount`,
    /// `waiting` (`lastName`, `firstName`, `page`, `rank`).
    static let waitingListHTML = """
        {{#hasWaiting}}<details class="waiting"><summary>{{> indexWaiting}}</summary><ol>{{#waiting}}<li><a href="{{page}}">{{lastName}}, {{firstName}}</a> ({{> waitingRank}})</li>{{/waiting}}</ol></details>{{/hasWaiting}}
        """

    /// The mail to a visitor whose visits changed. Keys: the visitor's (see `PersonContext`),
    /// `hasAdded`, `added` (visit keys), `hasRemoved`, `removed` (session keys, `hostName`, a cause).
    static let visitorChangeMail = """
        {{% CONTENT_TYPE: TEXT}}
        {{> visitorGreeting}}

        {{> changeVisitorIntro}}

        {{#hasAdded}}
        {{> changeAdded}}
        {{#added}}
        * {{dateTitle}}, {{time}}
          {{hostName}}{{#organization}} ({{.}}){{/organization}}, {{> kindName}}
        {{#place}}
          {{> labelAddress}}{{> colon}}{{.}}
        {{/place}}
        {{#contact}}
          {{> labelContact}}{{> colon}}{{.}}
        {{/contact}}
          {{> changeAddedCause}}
        {{/added}}

        {{/hasAdded}}
        {{#hasRemoved}}
        {{> changeRemoved}}
        {{#removed}}
        * {{dateTitle}}, {{time}}
          {{hostName}}, {{> kindName}}
          {{> changeRemovedCause}}
        {{/removed}}

        {{/hasRemoved}}
        {{#hasVisits}}
        {{> changeNow}}
        {{#visits}}
        * {{dateTitle}}, {{time}}{{> colon}}{{hostName}}
        {{/visits}}

        {{/hasVisits}}
        {{^hasVisits}}
        {{> changeNothingLeft}}

        {{/hasVisits}}
        {{> waitingText}}
        {{#hasCalendar}}
        {{> changeCalendar}}{{#pageURL}} {{> visitorMailOnline}} {{.}}{{/pageURL}}

        {{/hasCalendar}}
        {{^hasCalendar}}
        {{#pageURL}}
        {{> mailPageLink}} {{.}}

        {{/pageURL}}
        {{/hasCalendar}}
        {{#hasVisits}}
        {{> visitorCantCome}}
        {{/hasVisits}}
        {{> teamContactText}}

        {{> signature}}
        """

    /// The mail to a host whose roster changed. Keys: the host's (see `PersonContext`), and
    /// `changed`, each session's keys with `calledOff`, `joined` and `left` (visitors).
    static let hostChangeMail = """
        {{% CONTENT_TYPE: TEXT}}
        {{> hostGreeting}}

        {{> changeHostIntro}}

        {{#changed}}
        * {{dateTitle}}, {{time}}, {{> kindName}}{{#title}} ({{.}}){{/title}}
        {{#calledOff}}
          {{> changeHostCalledOff}}
        {{/calledOff}}
        {{#hasJoined}}
          {{> changeHostJoined}}
        {{#joined}}
          - {{firstName}} {{lastName}}{{#organization}}, {{.}}{{/organization}}, {{email}}{{#phone}}, {{.}}{{/phone}}
        {{/joined}}
        {{/hasJoined}}
        {{#hasLeft}}
          {{> changeHostLeft}}
        {{#left}}
          - {{firstName}} {{lastName}}{{#organization}}, {{.}}{{/organization}}
        {{/left}}
        {{/hasLeft}}
        {{^calledOff}}
          {{> changeHostNow}}
        {{> sessionPeople}}
        {{/calledOff}}

        {{/changed}}
        {{> hostMailAttachment}}{{#pageURL}} {{> visitorMailOnline}} {{.}}{{/pageURL}}

        {{> hostQuestion}}
        {{> teamContactText}}

        {{> signature}}
        """

    /// The report's section on the changes since the previous plan (rendered only when
    /// re-planning). Keys: `previous`, `figures` (`kept`, `added`, `removed`, `moved`, `gained`,
    /// `lost`), `changeRows` (`visitorID`, `added`, `removed`), `freedRows` (`visitorID`,
    /// `sessionID`, `hostName`, `when`).
    static let reportChangesSection = """
        <h2 id="changes">{{> reportChanges}}</h2>
        <p>{{> reportChangesText}}</p>
        <table>
        <tbody>
        {{#figures}}
        <tr><th scope="row">{{> rowKept}}</th><td class="num">{{kept}}</td></tr>
        <tr><th scope="row">{{> rowAdded}}</th><td class="num">{{added}}</td></tr>
        <tr><th scope="row">{{> rowRemoved}}</th><td class="num">{{removed}}</td></tr>
        <tr><th scope="row">{{> rowMovedVisitors}}</th><td class="num">{{moved}}</td></tr>
        <tr><th scope="row">{{> rowGainedVisitors}}</th><td class="num">{{gained}}</td></tr>
        <tr><th scope="row">{{> rowLostVisitors}}</th><td class="num">{{lost}}</td></tr>
        {{/figures}}
        </tbody>
        </table>
        <h3>{{> reportChangesList}}</h3>
        {{#hasChanges}}
        <table>
        <thead><tr><th scope="col">{{> colVisitor}}</th><th scope="col">{{> colRemoved}}</th><th scope="col">{{> colAdded}}</th></tr></thead>
        <tbody>
        {{#changeRows}}
        <tr><td>{{visitorID}}</td><td>{{removed}}</td><td>{{added}}</td></tr>
        {{/changeRows}}
        </tbody>
        </table>
        {{/hasChanges}}
        {{^hasChanges}}
        <p>{{> reportNoChanges}}</p>
        {{/hasChanges}}
        <h3>{{> reportFreed}}</h3>
        {{#hasFreed}}
        <p>{{> reportFreedText}}</p>
        <table>
        <thead><tr><th scope="col">{{> colVisitor}}</th><th scope="col">{{> colSession}}</th><th scope="col">{{> colHost}}</th><th scope="col">{{> colWhen}}</th></tr></thead>
        <tbody>
        {{#freedRows}}
        <tr><td>{{visitorID}}</td><td>{{sessionID}}</td><td>{{hostName}}</td><td>{{when}}</td></tr>
        {{/freedRows}}
        </tbody>
        </table>
        {{/hasFreed}}
        {{^hasFreed}}
        <p>{{> reportNoneFreed}}</p>
        {{/hasFreed}}
        """
}
