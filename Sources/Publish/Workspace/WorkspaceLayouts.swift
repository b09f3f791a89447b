/// The structure of the workspace's pages (`po-plan serve`), the same in every language: the words
/// come from `WorkspaceWording`, the style from `PageStyle`. Mustache escapes every value; the
/// workspace's server gives the contexts (see `WorkspacePages`). The head has no content security
/// policy of its own: the server sends one as a header (its script is a file of the workspace).
enum WorkspaceLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = [
        "wsTop": top, "wsBottom": bottom, "wsMessage": message, "wsWeek": week, "wsInputs": inputs,
        "wsPlan": plan, "wsPeople": people, "wsPerson": person, "wsHost": host, "wsChanges": changes,
        "wsSend": send, "wsRefusal": refusal, "wsPlanRows": planRows, "wsSupply": supply, "wsVariants": variants,
    ]

    /// The head, the menu and the page's first heading. Keys: `lang`, `eventName`, `path`,
    /// `onWeek` … `onSend`, `script`.
    static let top = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{{eventName}} · {{> wsTitle}}</title>
        <style>
        .ws-nav{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
        .ws-nav a[aria-current]{font-weight:700;text-decoration:none;color:var(--ink)}
        .ws-langs{margin-left:auto;color:var(--muted)}
        .ws-drop{border:2px dashed var(--line);border-radius:.5rem;padding:1.5rem;margin:.5rem 0;text-align:center}
        .ws-drop.over{border-color:var(--accent);background:var(--soft)}
        .refused{border-left-color:var(--warn)}
        form.inline{display:inline}
        .ws-notice{white-space:pre-wrap;font:inherit}
        button{font:inherit;padding:.3rem .8rem}
        </style>
        {{> headEnd}}
        <body>
        <nav class="ws-nav" aria-label="{{> wsTitle}}">
        <a href="/week"{{#onWeek}} aria-current="page"{{/onWeek}}>{{> wsNavWeek}}</a>
        <a href="/inputs"{{#onInputs}} aria-current="page"{{/onInputs}}>{{> wsNavInputs}}</a>
        <a href="/supply"{{#onSupply}} aria-current="page"{{/onSupply}}>{{> wsNavSupply}}</a>
        <a href="/plan"{{#onPlan}} aria-current="page"{{/onPlan}}>{{> wsNavPlan}}</a>
        <a href="/variants"{{#onVariants}} aria-current="page"{{/onVariants}}>{{> wsNavVariants}}</a>
        <a href="/people"{{#onPeople}} aria-current="page"{{/onPeople}}>{{> wsNavPeople}}</a>
        <a href="/changes"{{#onChanges}} aria-current="page"{{/onChanges}}>{{> wsNavChanges}}</a>
        <a href="/send"{{#onSend}} aria-current="page"{{/onSend}}>{{> wsNavSend}}</a>
        <span class="ws-langs">{{> wsLanguage}} <a href="{{path}}?lang=fr" lang="fr">Français</a> · <a href="{{path}}?lang=nl" lang="nl">Nederlands</a> · <a href="{{path}}?lang=en" lang="en">English</a></span>
        </nav>
        <main>
        <p class="event">{{eventName}}{{#bassin}} · {{.}}{{/bassin}}</p>
        {{> wsMessage}}
        """

    /// The end of every page, with the workspace's script when the page needs it.
    static let bottom = """
        <p class="event"><small>{{> wsLocalOnly}}</small></p>
        </main>
        {{#script}}<script src="/workspace.js"></script>{{/script}}
        </body>
        </html>
        """

    /// A message after an action: `message` (text), `refused` when it says nothing was changed.
    static let message = """
        {{#message}}<p class="note{{#refused}} refused{{/refused}}" role="status">{{.}}</p>{{/message}}
        """

    /// The week: `counts` (or `unreadable`), `latest` and `sent` (a plan row each, or absent).
    static let week = """
        {{> wsTop}}
        <h1>{{> wsNavWeek}}</h1>
        {{#counts}}<p>{{> wsWeekCounts}}</p>{{/counts}}
        {{#unreadable}}<p class="note">{{> wsWeekUnreadable}}</p>{{/unreadable}}
        <section class="card"><h2>{{> wsLatestPlan}}</h2>
        {{#latest}}<p>{{> wsPlanSummary}}</p><p class="actions"><a href="/plans/{{plan}}/report.html">{{> wsOpenReport}}</a></p>{{/latest}}
        {{^latest}}<p>{{> wsNoPlan}}</p>{{/latest}}
        </section>
        <section class="card"><h2>{{> wsSentPlan}}</h2>
        {{#sent}}<p>{{> wsPlanSummary}}</p>{{/sent}}
        {{^sent}}<p>{{> wsNothingSent}}</p>{{/sent}}
        </section>
        {{> wsBottom}}
        """

    /// Inputs: `limit`, `csrf`, `files` (`name`, `size`), `counts` (`source`, `kind`, `rowsIn`, `rowsOut`),
    /// `canImport`, `mapping` (the draft columns.yaml of exports), `problems` (`isError`, `file`, `sheet`,
    /// `row`, `column`, `message`, `found`, `suggestion`), `errors`, `warnings`, `checked`.
    static let inputs = """
        {{> wsTop}}
        <h1>{{> wsNavInputs}}</h1>
        <p>{{> wsInputsIntro}}</p>
        <form class="card ws-upload" method="post" action="/inputs/upload" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="files">{{> wsUploadLabel}}</label>
        <div class="ws-drop" id="drop">{{> wsUploadDrop}}
        <input type="file" id="files" name="files" multiple accept=".csv,.xlsx,.yaml,.yml"></div>
        <p><small>{{> wsUploadLimit}}</small></p>
        <button type="submit">{{> wsUploadButton}}</button>
        </form>
        <h2>{{> wsFilesHeading}}</h2>
        {{#hasFiles}}<ul>{{#files}}<li>{{name}} <small>({{size}})</small></li>{{/files}}</ul>{{/hasFiles}}
        {{^files}}<p>{{> wsNoFiles}}</p>{{/files}}
        {{#hasCounts}}<table class="ws-counts">
        <thead><tr><th>{{> wsColFile}}</th><th>{{> wsColTable}}</th><th class="num">{{> wsColRows}}</th><th class="num">{{> wsColCarried}}</th></tr></thead>
        <tbody>{{#counts}}<tr><td>{{source}}</td><td>{{kind}}</td><td class="num">{{rowsIn}}</td><td class="num">{{rowsOut}}</td></tr>{{/counts}}</tbody>
        </table>{{/hasCounts}}
        {{#canImport}}<form method="post" action="/inputs/import" class="card"><input type="hidden" name="csrf" value="{{csrf}}">
        <p>{{> wsImportIntro}}</p><button type="submit">{{> wsImportButton}}</button></form>{{/canImport}}
        {{#mapping}}<details><summary>{{> wsMappingDraft}}</summary><pre>{{.}}</pre></details>{{/mapping}}
        {{#checked}}
        <h2>{{> wsProblemsHeading}}</h2>
        {{#hasProblems}}<p>{{> wsProblemsCount}}</p>
        <table class="ws-problems">
        <thead><tr><th>{{> wsColSeverity}}</th><th>{{> wsColFile}}</th><th>{{> wsColSheet}}</th><th>{{> wsColRow}}</th><th>{{> wsColColumn}}</th><th>{{> wsColProblem}}</th><th>{{> wsColFound}}</th><th>{{> wsColSuggestion}}</th></tr></thead>
        <tbody>
        {{#problems}}<tr class="{{#isError}}cancelled{{/isError}}"><td>{{#isError}}{{> wsError}}{{/isError}}{{^isError}}{{> wsWarning}}{{/isError}}</td><td>{{file}}</td><td>{{sheet}}</td><td class="num">{{row}}</td><td>{{column}}</td><td>{{message}}</td><td>{{found}}</td><td>{{suggestion}}</td></tr>
        {{/problems}}
        </tbody>
        </table>{{/hasProblems}}
        {{^problems}}<p>{{> wsNoProblem}}</p>{{/problems}}
        {{/checked}}
        {{> wsBottom}}
        """

    /// The rows of a table of plans: `plans` (`plan`, `status`, `assigned`, `unassigned`, `isSent`, `previous`).
    static let planRows = """
        <table>
        <thead><tr><th>{{> wsColPlan}}</th><th>{{> wsColStatus}}</th><th class="num">{{> wsColAssigned}}</th><th class="num">{{> wsColUnassigned}}</th><th></th></tr></thead>
        <tbody>
        {{#plans}}<tr><td>{{plan}}{{#isSent}} <strong>({{> wsIsSent}})</strong>{{/isSent}}{{#previous}}<br><small>{{> wsReplanOf}}</small>{{/previous}}</td><td>{{status}}</td><td class="num">{{assigned}}</td><td class="num">{{unassigned}}</td><td><a href="/plans/{{plan}}/report.html">{{> wsOpenReport}}</a> · <a href="/plans/{{plan}}/team-index.html">{{> wsOpenIndex}}</a></td></tr>
        {{/plans}}
        </tbody>
        </table>
        """

    /// Plan: `csrf`, `running` (with `lines`), `plans` (see `planRows`).
    static let plan = """
        {{> wsTop}}
        <h1>{{> wsNavPlan}}</h1>
        <p>{{> wsPlanIntro}}</p>
        <form method="post" action="/plan"><input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit">{{> wsPlanButton}}</button></form>
        <section class="card" id="progress" data-events="/plan/events"{{^running}} hidden{{/running}}>
        <h2 id="progress-heading" data-ended="{{> wsPlanEnded}}">{{#ended}}{{> wsPlanEnded}}{{/ended}}{{^ended}}{{> wsPlanRunning}}{{/ended}}</h2>
        <ol id="progress-lines">{{#lines}}<li>{{.}}</li>{{/lines}}</ol>
        </section>
        {{#hasPlans}}<h2>{{> wsPlansHeading}}</h2>{{> wsPlanRows}}{{/hasPlans}}
        {{> wsBottom}}
        """

    /// Changes: `sent` (a plan id, or absent), `inputChanged`, `differences` (lines), `csrf`, `latest` (the latest re-plan of
    /// the sent plan: `plan`, `people` with `name`, `id`, `added`, `removed`, `subject`, `body`; `hosts` with
    /// `name`, `id`, `subject`, `body`).
    static let changes = """
        {{> wsTop}}
        <h1>{{> wsNavChanges}}</h1>
        <p>{{> wsChangesIntro}}</p>
        {{^sent}}<p class="note">{{> wsNoSentPlan}}</p>{{/sent}}
        {{#sent}}
        <section class="card"><h2>{{> wsChangesSince}}</h2>
        <p>{{#inputChanged}}{{> wsInputChanged}}{{/inputChanged}}{{^inputChanged}}{{> wsInputSame}}{{/inputChanged}}</p>
        {{#hasDifferences}}<h3>{{> wsDiffHeading}}</h3><ul class="ws-differences">{{#differences}}<li>{{.}}</li>{{/differences}}</ul>{{/hasDifferences}}
        <form method="post" action="/changes/replan"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{> wsReplanButton}}</button></form>
        </section>
        {{/sent}}
        {{#latest}}
        <h2>{{> wsChangesOfPlan}}</h2>
        {{#hasPeople}}<p>{{> wsChangesPeople}}</p>
        {{#people}}<article class="card"><h3><a href="/people/visitors/{{id}}">{{name}}</a> <small>{{id}}</small></h3>
        <p>{{#added}}+ {{.}} {{/added}}{{#removed}}− {{.}} {{/removed}}</p>
        <details><summary>{{> wsNotice}}</summary><pre class="ws-notice">{{body}}</pre></details></article>
        {{/people}}{{/hasPeople}}
        {{^people}}<p>{{> wsChangesNone}}</p>{{/people}}
        {{#hasHosts}}<h3>{{> wsHostsNotified}}</h3>
        {{#hosts}}<article class="card"><h3><a href="/people/hosts/{{id}}">{{name}}</a> <small>{{id}}</small></h3>
        <details><summary>{{> wsNotice}}</summary><pre class="ws-notice">{{body}}</pre></details></article>
        {{/hosts}}{{/hasHosts}}
        {{/latest}}
        {{> wsBottom}}
        """

    /// Send: `csrf`, `plans` (`plan`, `selected`), `chosen` (`plan`, `isSent`, `hasChanges`).
    static let send = """
        {{> wsTop}}
        <h1>{{> wsNavSend}}</h1>
        <p>{{> wsSendIntro}}</p>
        {{^plans}}<p>{{> wsNoPlan}}</p>{{/plans}}
        {{#hasPlans}}<form method="get" action="/send"><label for="plan">{{> wsChoosePlan}}</label>
        <select id="plan" name="plan">{{#plans}}<option value="{{plan}}"{{#selected}} selected{{/selected}}>{{plan}}{{#isSent}} ({{> wsIsSent}}){{/isSent}}</option>{{/plans}}</select>
        <button type="submit">{{> wsShow}}</button></form>{{/hasPlans}}
        {{#chosen}}
        <section class="card"><h2>{{plan}}{{#isSent}} ({{> wsIsSent}}){{/isSent}}</h2>
        <ul class="actions">
        <li><a href="/plans/{{plan}}/mail-merge.csv" download>{{> wsMailMerge}}</a></li>
        <li><a href="/plans/{{plan}}/mails.zip" download>{{> wsEmlAll}}</a></li>
        {{#hasChanges}}<li><a href="/plans/{{plan}}/change-notices.zip" download>{{> wsEmlChanges}}</a></li>{{/hasChanges}}
        <li><a href="/plans/{{plan}}/rosters.zip" download>{{> wsRosters}}</a></li>
        <li><a href="/plans/{{plan}}/sign-in.zip" download>{{> wsSignIn}}</a></li>
        </ul>
        {{^isSent}}<form method="post" action="/send/mark"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="plan" value="{{plan}}"><button type="submit">{{> wsMarkSent}}</button></form>{{/isSent}}
        </section>
        {{/chosen}}
        {{> wsBottom}}
        """

    /// Page 3: `fragment` (the supply-and-demand section made by `SupplyDemandPage`, inserted as it
    /// is: Publish escaped every name in it), or `unreadable`.
    static let supply = """
        {{> wsTop}}
        <h1>{{> wsNavSupply}}</h1>
        {{#unreadable}}<p class="note">{{> wsWeekUnreadable}}</p>{{/unreadable}}
        {{{fragment}}}
        {{> wsBottom}}
        """

    /// Variants: `csrf`, `sessions` (`id`, `label`), `hostsList` (`id`, `name`), `objective` (the
    /// week's order), `comparison` (the last comparison made by `PlanComparison`, inserted as it is),
    /// `compared`, `adoptable` (its variant can become the plan).
    static let variants = """
        {{> wsTop}}
        <h1>{{> wsNavVariants}}</h1>
        <p>{{> wsVariantsIntro}}</p>
        <form method="post" action="/variants" class="card"><input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{> wsVariantKind}}</legend>
        <p><label><input type="radio" name="kind" value="maxVisits" checked> {{> wsVariantMaxVisits}}</label> <input type="number" min="1" name="n" value="2" aria-label="{{> wsVariantMaxVisits}}"></p>
        <p><label><input type="radio" name="kind" value="objective"> {{> wsVariantObjective}}</label> <input name="objective" value="{{objective}}" aria-label="{{> wsVariantObjective}}"></p>
        <p><label><input type="radio" name="kind" value="resize"> {{> wsVariantResize}}</label> / <label><input type="radio" name="kind" value="remove"> {{> wsVariantRemove}}</label><br>
        <select name="session_id" aria-label="{{> wsPinSession}}"><option value=""></option>{{#sessions}}<option value="{{id}}">{{label}}</option>{{/sessions}}</select>
        <label>{{> wsCapacity}} <input type="number" min="1" name="capacity"></label></p>
        <p><label><input type="radio" name="kind" value="dailyLimit"> {{> wsVariantDailyLimit}}</label> / <label><input type="radio" name="kind" value="add"> {{> wsVariantAdd}}</label><br>
        <select name="host_id" aria-label="{{> wsPinHost}}"><option value=""></option>{{#hostsList}}<option value="{{id}}">{{name}}</option>{{/hostsList}}</select>
        <input type="number" min="1" name="limit" aria-label="{{> wsVariantDailyLimit}}"></p>
        <p><label>{{> wsVariantNewID}} <input name="new_id" size="8"></label> <label>{{> wsVariantDate}} <input type="date" name="date"></label>
        <label>{{> wsVariantStart}} <input type="time" name="start"></label> <label>{{> wsVariantEnd}} <input type="time" name="end"></label>
        <small>({{> wsCapacityAbove}})</small></p>
        </fieldset>
        <button type="submit">{{> wsVariantButton}}</button>
        </form>
        {{{comparison}}}
        {{#adoptable}}<form method="post" action="/variants/adopt"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{> wsAdopt}}</button></form>{{/adoptable}}
        {{^adoptable}}{{#compared}}<p>{{> wsAdoptNo}}</p>{{/compared}}{{/adoptable}}
        {{> wsBottom}}
        """

    /// A refusal or a page that does not exist: `message`.
    static let refusal = """
        {{> wsTop}}
        {{> wsBottom}}
        """
}
