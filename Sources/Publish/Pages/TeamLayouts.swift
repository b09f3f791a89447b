/// The structure of the bassin team's pages, the same in every language: the site index (the
/// week at a glance, a search by name, a link to every page) and the report. The words come
/// from `TeamWording`; charts are SVG written by `SVGChart` and inserted as they are.
enum TeamLayouts {
    /// The team's index (`team-index.html`, beside `report.html`). Keys: `days` (`dateTitle`, `sessions`), `visitors`, `hosts`, `week`.
    static let siteIndex = """
        {{> headStart}}
        <title>{{> indexTitle}} · {{eventName}}</title>
        {{> headEnd}}
        <body>
        <main>
        <header>
        <p class="event">{{> eventLine}}</p>
        <h1>{{> indexTitle}}</h1>
        </header>
        <div class="note" role="note">
        <p>{{> indexPrivacy}}</p>
        </div>
        <nav aria-label="{{> indexContents}}">
        <p class="actions"><a href="#week">{{> indexWeek}}</a> <a href="#people">{{> indexPeople}}</a> <a href="report.html">{{> indexReportLink}}</a></p>
        </nav>
        <h2 id="week">{{> indexWeek}}</h2>
        <p>{{> indexWeekSummary}}</p>
        {{#anyWaiting}}<p>{{> indexWaitingText}}</p>{{/anyWaiting}}
        {{#days}}
        <h3>{{dateTitle}}</h3>
        {{#sheetsFile}}<p class="actions"><a href="{{.}}">{{> indexDaySheets}}</a></p>{{/sheetsFile}}
        <table>
        <thead><tr><th scope="col">{{> colTime}}</th><th scope="col">{{> colHost}}</th><th scope="col">{{> labelKind}}</th><th scope="col" class="num">{{> colFill}}</th><th scope="col">{{> labelStatus}}</th></tr></thead>
        <tbody>
        {{#sessions}}
        <tr><td>{{time}}</td><td><a href="{{hostPage}}">{{hostName}}</a>{{#title}}<br>{{.}}{{/title}}{{#sheetPage}}<br><a href="{{.}}">{{> indexSheetLink}}</a>{{/sheetPage}}</td><td>{{> kindName}}</td><td class="num">{{count}}/{{capacity}}<span class="bar" style="width:{{barWidth}}px" aria-hidden="true"></span></td><td>{{#open}}{{> statusOpen}}{{/open}}{{#cancelled}}<span class="cancelled">{{> statusCancelled}}</span>{{/cancelled}}{{> waitingListHTML}}</td></tr>
        {{/sessions}}
        </tbody>
        </table>
        {{/days}}
        <h2 id="people">{{> indexPeople}}</h2>
        <p class="search"><label for="q">{{> indexSearchLabel}}</label> <input type="search" id="q" autocomplete="off"> <output id="count" aria-live="polite"></output></p>
        <h3>{{> indexVisitors}}</h3>
        <ul class="people">
        {{#visitors}}
        <li data-name="{{searchText}}"><a href="{{page}}">{{lastName}}, {{firstName}}</a>{{#organization}}, {{.}}{{/organization}} ({{> indexVisitCount}})</li>
        {{/visitors}}
        </ul>
        <h3>{{> indexHosts}}</h3>
        <ul class="people">
        {{#hosts}}
        <li data-name="{{searchText}}"><a href="{{page}}">{{name}}</a> ({{> indexSessionCount}})</li>
        {{/hosts}}
        </ul>
        <p id="none" hidden>{{> indexNoMatch}}</p>
        </main>
        {{> searchScript}}
        </body>
        </html>

        """

    /// The report. Keys: `visitors`, `optimal` and `fcfs` (figures of each plan), `choiceRows`,
    /// `choicesChart`, `hosts`, `hostChart`, `days`, `dayChart`, `cancelled`, `matrices`,
    /// `unassigned`, `status`.
    static let report = """
        {{> headStart}}
        <title>{{> reportTitle}} · {{eventName}}</title>
        {{> headEnd}}
        <body>
        <main>
        <header>
        <p class="event">{{> eventLine}}</p>
        <h1>{{> reportTitle}}</h1>
        </header>
        <p>{{> reportIntro}}</p>
        <p class="legend"><span class="optimal"></span>{{> seriesOptimal}} <span class="fcfs"></span>{{> seriesFCFS}}</p>
        <h2 id="summary">{{> reportSummary}}</h2>
        <table>
        <thead><tr><td></td><th scope="col" class="num">{{> seriesOptimal}}</th><th scope="col" class="num">{{> seriesFCFS}}</th></tr></thead>
        <tbody>
        <tr><th scope="row">{{> rowVisitors}}</th><td class="num">{{visitors}}</td><td class="num">{{visitors}}</td></tr>
        <tr><th scope="row">{{> rowCovered}}</th><td class="num">{{optimal.covered}}</td><td class="num">{{fcfs.covered}}</td></tr>
        <tr><th scope="row">{{> rowFirstChoice}}</th><td class="num">{{optimal.firstChoice}}</td><td class="num">{{fcfs.firstChoice}}</td></tr>
        <tr><th scope="row">{{> rowAssignments}}</th><td class="num">{{optimal.assignments}}</td><td class="num">{{fcfs.assignments}}</td></tr>
        <tr><th scope="row">{{> rowSuggestions}}</th><td class="num">{{optimal.suggestions}}</td><td class="num">{{fcfs.suggestions}}</td></tr>
        <tr><th scope="row">{{> rowPlaces}}</th><td class="num">{{optimal.places}}</td><td class="num">{{fcfs.places}}</td></tr>
        <tr><th scope="row">{{> rowOpen}}</th><td class="num">{{optimal.open}}</td><td class="num">{{fcfs.open}}</td></tr>
        <tr><th scope="row">{{> rowCancelled}}</th><td class="num">{{optimal.cancelled}}</td><td class="num">{{fcfs.cancelled}}</td></tr>
        <tr><th scope="row">{{> rowMix}}</th><td class="num">{{optimal.mix}}</td><td class="num">{{fcfs.mix}}</td></tr>
        <tr><th scope="row">{{> rowBridges}}</th><td class="num">{{optimal.bridges}}</td><td class="num">{{fcfs.bridges}}</td></tr>
        </tbody>
        </table>
        <p>{{> reportStatus}}</p>
        <h2 id="choices">{{> reportChoices}}</h2>
        <p>{{> reportChoicesText}}</p>
        <figure>{{{choicesChart}}}</figure>
        <table>
        <thead><tr><th scope="col">{{> colBestChoice}}</th><th scope="col" class="num">{{> seriesOptimal}}</th><th scope="col" class="num">{{> seriesFCFS}}</th></tr></thead>
        <tbody>
        {{#choiceRows}}
        <tr><th scope="row">{{label}}</th><td class="num">{{optimal}}</td><td class="num">{{fcfs}}</td></tr>
        {{/choiceRows}}
        </tbody>
        </table>
        <h2 id="hosts">{{> reportHosts}}</h2>
        <p>{{> reportFillText}}</p>
        <figure>{{{hostChart}}}</figure>
        {{> fillTable}}
        <h2 id="days">{{> reportDays}}</h2>
        <figure>{{{dayChart}}}</figure>
        {{#dayTable}}
        {{> fillTable}}
        {{/dayTable}}
        <h2 id="cancelled">{{> reportCancelled}}</h2>
        {{#hasCancelled}}
        <table>
        <thead><tr><th scope="col">{{> colSession}}</th><th scope="col">{{> colHost}}</th><th scope="col">{{> colWhen}}</th><th scope="col">{{> colCause}}</th></tr></thead>
        <tbody>
        {{#cancelledSessions}}
        <tr><td>{{sessionID}}</td><td>{{hostName}}</td><td>{{when}}</td><td>{{> cancelCause}}</td></tr>
        {{/cancelledSessions}}
        </tbody>
        </table>
        {{/hasCancelled}}
        {{^hasCancelled}}
        <p>{{> reportNoneCancelled}}</p>
        {{/hasCancelled}}
        {{#hasDecisions}}
        <h2 id="decisions">{{> reportDecisions}}</h2>
        <p>{{> reportDecisionsText}}</p>
        <ul>
        {{#hasPins}}<li>{{> reportPins}}</li>{{/hasPins}}
        {{#hasGroups}}<li>{{> reportGroups}}</li>{{/hasGroups}}
        {{#hasPriority}}<li>{{> reportPriority}}</li>{{/hasPriority}}
        </ul>
        {{#hasLimits}}
        {{#hasLimitedHosts}}
        <p>{{> reportLimits}}</p>
        <table>
        <thead><tr><th scope="col">{{> colHost}}</th><th scope="col">{{> colDay}}</th><th scope="col" class="num">{{> colLimit}}</th><th scope="col" class="num">{{> colReceived}}</th></tr></thead>
        <tbody>
        {{#limitedHosts}}
        <tr><td>{{hostName}}</td><td>{{day}}</td><td class="num">{{limit}}</td><td class="num">{{received}}</td></tr>
        {{/limitedHosts}}
        </tbody>
        </table>
        {{/hasLimitedHosts}}
        {{^hasLimitedHosts}}<p>{{> reportNoLimits}}</p>{{/hasLimitedHosts}}
        {{/hasLimits}}
        {{/hasDecisions}}
        <h2 id="sectors">{{> reportSectors}}</h2>
        <p>{{> reportSectorsText}}</p>
        {{#matrices}}
        <table class="heat">
        <caption>{{#isOptimal}}{{> seriesOptimal}}{{/isOptimal}}{{^isOptimal}}{{> seriesFCFS}}{{/isOptimal}}</caption>
        <thead><tr><th scope="col">{{> colVisitorSector}}</th>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{sector}}</th>{{#cells}}<td style="background:{{shade}}">{{count}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        {{/matrices}}
        <h2 id="bridges">{{> reportBridges}}</h2>
        <p>{{> reportBridgesText}}</p>
        <table>
        <thead><tr><td></td><th scope="col" class="num">{{> seriesOptimal}}</th><th scope="col" class="num">{{> seriesFCFS}}</th></tr></thead>
        <tbody>
        <tr><th scope="row">{{> rowFrenchToDutch}}</th><td class="num">{{optimal.frenchToDutch}}</td><td class="num">{{fcfs.frenchToDutch}}</td></tr>
        <tr><th scope="row">{{> rowDutchToFrench}}</th><td class="num">{{optimal.dutchToFrench}}</td><td class="num">{{fcfs.dutchToFrench}}</td></tr>
        </tbody>
        </table>
        <h2 id="unassigned">{{> reportUnassigned}}</h2>
        {{#hasUnassigned}}
        <p>{{> reportUnassignedText}}</p>
        <table>
        <thead><tr><th scope="col">{{> colVisitor}}</th><th scope="col">{{> colReason}}</th></tr></thead>
        <tbody>
        {{#unassigned}}
        <tr><td>{{visitorID}}</td><td>{{reason}}</td></tr>
        {{/unassigned}}
        </tbody>
        </table>
        {{/hasUnassigned}}
        {{^hasUnassigned}}
        <p>{{> reportNoneUnassigned}}</p>
        {{/hasUnassigned}}
        {{{changes}}}
        {{{attendance}}}
        {{{feedback}}}
        <h2 id="method">{{> reportMethod}}</h2>
        <p>{{> reportMethodOptimal}}</p>
        <p>{{> reportMethodFCFS}}</p>
        </main>
        </body>
        </html>

        """

    /// A table of fill (per host or per day). Keys: `fillRows` (`label`, `sessions`, `capacity`,
    /// `optimal`, `fcfs`), `fillHeader`.
    static let fillTable = """
        <table>
        <thead><tr><th scope="col">{{fillHeader}}</th><th scope="col" class="num">{{> colSessions}}</th><th scope="col" class="num">{{> colCapacity}}</th><th scope="col" class="num">{{> seriesOptimal}}</th><th scope="col" class="num">{{> seriesFCFS}}</th></tr></thead>
        <tbody>
        {{#fillRows}}
        <tr><th scope="row">{{label}}</th><td class="num">{{sessions}}</td><td class="num">{{capacity}}</td><td class="num">{{optimal}}</td><td class="num">{{fcfs}}</td></tr>
        {{/fillRows}}
        </tbody>
        </table>
        """
}
