/// The structure of what follows the week, the same in every language (the words come from
/// `WeekWording`): a visitor's certificate of participation and its mail, and the report's
/// sections on attendance and on the team's evaluation form.
enum AfterWeekLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = [
        "certificatePage": certificatePage, "certificateMail": certificateMail,
        "certificateSubject": "{{% CONTENT_TYPE: TEXT}}{{> certificateMailSubject}}",
        "reportAttendanceSection": reportAttendanceSection, "attendanceTable": attendanceTable,
        "reportFeedbackSection": reportFeedbackSection, "feedbackScores": feedbackScores,
    ]

    /// A certificate of participation, in the visitor's language. Keys: the event's, `fullName`,
    /// `organization`, `role`, `visits` (the visit keys and `duration`), `total`, `issuedOn`,
    /// `teamName`, the team contact's.
    static let certificatePage = """
        {{> headStart}}
        <title>{{> certificateTitle}} · {{eventName}}</title>
        {{> printStyle}}
        {{> headEnd}}
        <body>
        <main class="certificate">
        <header>
        <p class="event">{{> eventLine}}</p>
        <h1>{{> certificateTitle}}</h1>
        </header>
        <p>{{> certificateStatement}}</p>
        <p class="who"><strong>{{fullName}}</strong>{{#organization}}, {{.}}{{/organization}}{{#role}} ({{.}}){{/role}}</p>
        <p>{{> certificateParticipated}}</p>
        <table>
        <thead><tr><th scope="col">{{> colDay}}</th><th scope="col">{{> certificateHours}}</th><th scope="col">{{> colHost}}</th><th scope="col">{{> labelKind}}</th><th scope="col" class="num">{{> certificateDuration}}</th></tr></thead>
        <tbody>
        {{#visits}}
        <tr><td>{{dateTitle}}</td><td>{{time}}</td><td>{{hostName}}{{#organization}} ({{.}}){{/organization}}{{#place}}<br>{{.}}{{/place}}</td><td>{{> kindName}}</td><td class="num">{{duration}}</td></tr>
        {{/visits}}
        </tbody>
        <tfoot><tr><th scope="row" colspan="4">{{> certificateTotal}}</th><td class="num"><strong>{{total}}</strong></td></tr></tfoot>
        </table>
        <p>{{> certificatePurpose}}</p>
        <div class="sign-off">
        <p>{{> certificateIssued}}</p>
        <p><strong>{{#teamName}}{{.}}{{/teamName}}{{^teamName}}{{> signature}}{{/teamName}}</strong>{{#teamName}}<br>{{> signature}}{{/teamName}}</p>
        {{> teamContactHTML}}
        <div class="sign-line" aria-label="{{> certificateSignatureLine}}"></div>
        </div>
        </main>
        </body>
        </html>

        """

    /// The mail that goes with a certificate. Keys: those of the certificate, `firstName`, `pageURL`.
    static let certificateMail = """
        {{% CONTENT_TYPE: TEXT}}
        {{> visitorGreeting}}

        {{> certificateMailIntro}}

        {{#visits}}
        * {{dateTitle}}, {{time}}{{> colon}}{{hostName}} ({{duration}})
        {{/visits}}

        {{> certificateMailHowTo}}
        {{#pageURL}}
        {{> mailPageLink}} {{.}}
        {{/pageURL}}

        {{> teamContactText}}

        {{> signature}}
        """

    /// The report's attendance section. Keys: `recordedOn`, `figures` (`expected`, `present`,
    /// `absent`, `share`, `people`), `tables` (`caption`, `header`, `rows`).
    static let reportAttendanceSection = """
        <h2 id="attendance">{{> reportAttendance}}</h2>
        <p>{{> reportAttendanceText}}</p>
        {{#tables}}
        {{> attendanceTable}}
        {{/tables}}

        """

    /// One table of attendance. Keys: `caption`, `header`, `rows` (`label`, `expected`, `present`, `absent`).
    static let attendanceTable = """
        <table>
        <caption>{{caption}}</caption>
        <thead><tr><th scope="col">{{header}}</th><th scope="col" class="num">{{> colExpected}}</th><th scope="col" class="num">{{> colPresent}}</th><th scope="col" class="num">{{> colAbsent}}</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{label}}</th><td class="num">{{expected}}</td><td class="num">{{present}}</td><td class="num">{{absent}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        """

    /// The report's section on the evaluation form. Keys: `answers`, `answersOne`, `overall`
    /// (`scores`), `groups` (`title`, `count`, `countOne`, `scores`, `hasComments`, `comments`
    /// (`question`, `text`)).
    static let reportFeedbackSection = """
        <h2 id="feedback">{{> reportFeedback}}</h2>
        <p>{{> reportFeedbackText}}</p>
        {{#overall}}
        <h3>{{> reportFeedbackOverall}}</h3>
        {{> feedbackScores}}
        {{/overall}}
        {{#groups}}
        <h3>{{title}}</h3>
        <p>{{> reportFeedbackCount}}</p>
        {{> feedbackScores}}
        {{#hasComments}}
        <h4>{{> reportFeedbackComments}}</h4>
        <ul>
        {{#comments}}
        <li><strong>{{question}}</strong>{{> colon}}{{text}}</li>
        {{/comments}}
        </ul>
        {{/hasComments}}
        {{/groups}}

        """

    /// The average of each score question. Keys: `scores` (`label`, `count`, `average`).
    static let feedbackScores = """
        {{#hasScores}}
        <table>
        <thead><tr><th scope="col">{{> colQuestion}}</th><th scope="col" class="num">{{> colAnswers}}</th><th scope="col" class="num">{{> colAverage}}</th></tr></thead>
        <tbody>
        {{#scores}}
        <tr><th scope="row">{{label}}</th><td class="num">{{count}}</td><td class="num">{{average}}</td></tr>
        {{/scores}}
        </tbody>
        </table>
        {{/hasScores}}
        """
}
