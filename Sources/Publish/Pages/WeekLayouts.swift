/// The structure of the printed pages of the week itself, the same in every language (the words
/// come from `WeekWording`): a sign-in sheet per running session, the page that holds one or a
/// day's sheets, and their print style (A4, one sheet per page).
enum WeekLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = [
        "printStyle": printStyle, "sheetSection": sheetSection, "sheetsPage": sheetsPage,
    ].merging(AfterWeekLayouts.all) { a, _ in a }

    /// The print style of sheets and certificates, added to the shared one: A4 pages, one sheet
    /// per page, rows tall enough to sign in.
    static let printStyle = """
        <style>
        @page{size:A4 portrait;margin:12mm 14mm}
        .sheet{break-after:page}
        .sheet:last-child{break-after:auto}
        .sheet .title{font-size:1.5rem;line-height:1.2;margin:.2rem 0 .6rem}
        table.sign th,table.sign td{height:2.4rem}
        table.sign .number{width:2.5rem}
        table.sign .signature{width:30%}
        table.sign .walkin{background:var(--soft);height:auto}
        .sheet.dense table.sign th,.sheet.dense table.sign td{height:1.7rem}
        .certificate .who{font-size:1.3rem;margin:1rem 0}
        .certificate tfoot th,.certificate tfoot td{border-top:2px solid var(--ink)}
        .sign-off{margin-top:2rem}
        .sign-line{border-bottom:1px solid var(--ink);width:18rem;height:4rem;margin-top:.5rem}
        @media print{.screen{display:none}body{font-size:11pt}main{padding:0}table.sign th,table.sign td{height:9mm}.sheet.dense table.sign th,.sheet.dense table.sign td{height:6.5mm}table.sign .walkin{height:auto}}
        </style>
        """

    /// One session's sign-in sheet, in the host's language. Keys: `lang`, `heading` (`h1` on a
    /// sheet's own page, `h2` in a day's file), `dense`, `hostName`, the session keys, `place`,
    /// `visitors` (`number`, `lastName`, `firstName`, `organization`), `blanks` (row numbers),
    /// the event's and the team contact's.
    static let sheetSection = """
        <section class="sheet{{#dense}} dense{{/dense}}" lang="{{lang}}">
        <header>
        <p class="event">{{> eventLine}}</p>
        <{{heading}} class="title">{{> sheetTitle}}</{{heading}}>
        </header>
        <dl class="facts">
        <dt>{{> colHost}}</dt><dd><strong>{{hostName}}</strong></dd>
        <dt>{{> sheetWhen}}</dt><dd><time datetime="{{isoStart}}">{{dateTitle}}, {{time}}</time></dd>
        <dt>{{> labelKind}}</dt><dd>{{> kindName}}</dd>
        {{#title}}<dt>{{> labelProgram}}</dt><dd>{{.}}</dd>{{/title}}
        {{#place}}<dt>{{> labelAddress}}</dt><dd>{{.}}</dd>{{/place}}
        </dl>
        <p>{{> sheetIntro}}</p>
        <table class="sign">
        <thead><tr><th scope="col" class="number">{{> sheetNumber}}</th><th scope="col">{{> colName}}</th><th scope="col">{{> colOrganization}}</th><th scope="col" class="signature">{{> sheetSignature}}</th></tr></thead>
        <tbody>
        {{#visitors}}
        <tr><td class="num">{{number}}</td><th scope="row">{{lastName}}, {{firstName}}</th><td>{{#organization}}{{.}}{{/organization}}</td><td></td></tr>
        {{/visitors}}
        <tr><th scope="rowgroup" colspan="4" class="walkin">{{> sheetWalkIns}}</th></tr>
        {{#blanks}}
        <tr><td class="num">{{.}}</td><td></td><td></td><td></td></tr>
        {{/blanks}}
        </tbody>
        </table>
        <p>{{> sheetReturn}}</p>
        {{> teamContactHTML}}
        </section>

        """

    /// A page of sheets: one session's, or all of a day's for the team. Keys: `lang`,
    /// `eventName`, `pageTitle`, `dayTitle` (a day's file only, shown on screen, not printed),
    /// `sections` (sheets already rendered, each in its host's language).
    static let sheetsPage = """
        {{> headStart}}
        <title>{{pageTitle}} · {{eventName}}</title>
        {{> printStyle}}
        {{> headEnd}}
        <body>
        <main>
        {{#dayTitle}}
        <h1 class="screen">{{.}}</h1>
        {{/dayTitle}}
        {{#sections}}
        {{{.}}}
        {{/sections}}
        </main>
        </body>
        </html>

        """
}
