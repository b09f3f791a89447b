/// The structure of the pages meant for one person (a visitor's week, a host's roster), the same
/// in every language: the words come from partials of `PageWording`. Mustache escapes every value.
enum PageLayouts {
    /// A visitor's week. Keys: `lang`, `eventName`, `bassin`, `firstName`, `hasVisits`, `visits`
    /// (see `VisitContext`), `calendarFile`, and those of `ChangeLayouts.situationHTML`.
    static let visitorPage = """
        {{> headStart}}
        <title>{{> visitorPageTitle}} · {{eventName}}</title>
        {{> headEnd}}
        <body>
        <main>
        <header>
        <p class="event">{{> eventLine}}</p>
        <h1>{{> visitorPageTitle}}</h1>
        </header>
        <p>{{> visitorGreeting}}</p>
        {{#hasVisits}}
        <p>{{> visitorIntro}}</p>
        {{#visits}}
        <article class="card">
        <h2><time datetime="{{isoStart}}">{{dateTitle}}, {{time}}</time></h2>
        <p><strong>{{hostName}}</strong>{{#organization}} ({{.}}){{/organization}}</p>
        <dl class="facts">
        {{> visitFacts}}
        </dl>
        {{#description}}
        <p>{{.}}</p>
        {{/description}}
        </article>
        {{/visits}}
        {{#calendarFile}}
        <p class="actions"><a href="{{.}}" download>{{> visitorCalendarLink}}</a></p>
        {{/calendarFile}}
        {{> waitingHTML}}
        <p>{{> visitorCantCome}}</p>
        {{> teamContactHTML}}
        <p>{{> visitorClosing}}</p>
        {{/hasVisits}}
        {{^hasVisits}}
        {{> situationHTML}}
        {{/hasVisits}}
        </main>
        </body>
        </html>

        """

    /// The facts of one visit, as `<dt>`/`<dd>` pairs.
    static let visitFacts = """
        <dt>{{> labelKind}}</dt><dd>{{> kindExplained}}</dd>
        {{#title}}<dt>{{> labelProgram}}</dt><dd>{{.}}</dd>{{/title}}
        {{#place}}<dt>{{> labelAddress}}</dt><dd>{{.}}</dd>{{/place}}
        {{#accessible}}<dt>{{> labelAccess}}</dt><dd>{{> accessibleText}}</dd>{{/accessible}}
        {{#hasContact}}<dt>{{> labelContact}}</dt><dd>{{#contactParts}}{{^first()}}, {{/first()}}{{#href}}<a href="{{.}}">{{/href}}{{text}}{{#href}}</a>{{/href}}{{/contactParts}}</dd>{{/hasContact}}
        <dt>{{> labelChoice}}</dt><dd>{{> choiceText}}</dd>
        """

    /// A host's roster. Keys: `lang`, `eventName`, `bassin`, `hostName`, `contactName`, `csvFile`,
    /// `calendarFile`, `sessions` (see `PersonContext.session`).
    static let hostPage = """
        {{> headStart}}
        <title>{{> hostPageTitle}} · {{eventName}}</title>
        {{> headEnd}}
        <body>
        <main>
        <header>
        <p class="event">{{> eventLine}}</p>
        <h1>{{> hostPageTitle}}</h1>
        </header>
        <p>{{> hostGreeting}}</p>
        <p>{{> hostIntro}}</p>
        <p class="actions"><a href="{{csvFile}}" download>{{> hostCSVLink}}</a> <a href="{{calendarFile}}" download>{{> hostCalendarLink}}</a></p>
        {{#sessions}}
        <section class="card">
        <h2><time datetime="{{isoStart}}">{{dateTitle}}, {{time}}</time></h2>
        <dl class="facts">
        <dt>{{> labelKind}}</dt><dd>{{> kindName}}</dd>
        {{#title}}<dt>{{> labelProgram}}</dt><dd>{{.}}</dd>{{/title}}
        <dt>{{> labelCapacity}}</dt><dd>{{> capacityText}}</dd>
        <dt>{{> labelStatus}}</dt><dd>{{#open}}{{> statusOpen}}, {{> participantsText}}{{/open}}{{#cancelled}}<span class="cancelled">{{> statusCancelled}}</span>{{/cancelled}}</dd>
        </dl>
        {{#open}}
        {{#sheetFile}}<p class="actions"><a href="{{.}}">{{> sheetLink}}</a></p>{{/sheetFile}}
        <table>
        <caption>{{> hostTableCaption}}</caption>
        <thead><tr><th scope="col">{{> colName}}</th><th scope="col">{{> colOrganization}}</th><th scope="col">{{> colRole}}</th><th scope="col">{{> colLanguages}}</th><th scope="col">{{> colEmail}}</th><th scope="col">{{> colPhone}}</th></tr></thead>
        <tbody>
        {{#visitors}}
        <tr><th scope="row">{{lastName}}, {{firstName}}</th><td>{{#organization}}{{.}}{{/organization}}</td><td>{{#role}}{{.}}{{/role}}</td><td>{{languages}}</td><td>{{#mailto}}<a href="{{.}}">{{email}}</a>{{/mailto}}{{^mailto}}{{email}}{{/mailto}}</td><td>{{#phone}}<a href="{{phoneURI}}">{{.}}</a>{{/phone}}</td></tr>
        {{/visitors}}
        </tbody>
        </table>
        {{/open}}
        {{#cancelled}}
        <p>{{> hostCancelled}}</p>
        {{/cancelled}}
        </section>
        {{/sessions}}
        {{^sessions}}
        <p>{{> hostNoSessions}}</p>
        {{/sessions}}
        <p>{{> hostQuestion}}</p>
        {{> teamContactHTML}}
        </main>
        </body>
        </html>

        """
}
