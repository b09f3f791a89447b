/// The workspace's people pages: the search, a visitor with the team's decisions on them, a host
/// with its sessions.
extension WorkspaceLayouts {
    /// People: `query`, `visitors` (`id`, `name`, `organization`, `withdrawn`), `hosts` (`id`, `name`), `searched`.
    static let people = """
        {{> wsTop}}
        <h1>{{> wsNavPeople}}</h1>
        <form method="get" action="/people" class="search"><label for="q">{{> wsPeopleSearch}}</label>
        <input type="search" id="q" name="q" value="{{query}}"> <button type="submit">{{> wsSearchButton}}</button></form>
        <h2>{{> wsVisitors}}</h2>
        {{#hasVisitors}}<ul class="people">{{#visitors}}<li><a href="/people/visitors/{{id}}">{{name}}</a> <small>{{id}}{{#organization}} · {{.}}{{/organization}}</small>{{#withdrawn}} <span class="cancelled">({{> wsWithdrawn}})</span>{{/withdrawn}}</li>{{/visitors}}</ul>{{/hasVisitors}}
        {{^visitors}}<p>{{> wsNobodyFound}}</p>{{/visitors}}
        <h2>{{> wsHosts}}</h2>
        {{#hasHosts}}<ul class="people">{{#hosts}}<li><a href="/people/hosts/{{id}}">{{name}}</a> <small>{{id}}</small></li>{{/hosts}}</ul>{{/hasHosts}}
        {{^hosts}}<p>{{> wsNobodyFound}}</p>{{/hosts}}
        {{> wsBottom}}
        """

    /// A visitor: `id`, `name`, `withdrawn`, `canEdit`, `csrf`, `visitorsVersion`, `pinsVersion`,
    /// `group`, `priority`, `pins` (`target`, `yes`, `index`), `sessions` (`id`, `label`), `hostsList`
    /// (`id`, `name`), `page` (the address of their page in the latest plan).
    static let person = """
        {{> wsTop}}
        <h1>{{name}}{{#withdrawn}} <span class="cancelled">({{> wsWithdrawn}})</span>{{/withdrawn}}</h1>
        {{#page}}<p class="actions"><a href="{{.}}">{{> wsPersonPage}}</a></p>{{/page}}
        {{^page}}<p>{{> wsNoPersonPage}}</p>{{/page}}
        {{^canEdit}}<p class="note">{{> wsNeedsCanonical}}</p>{{/canEdit}}
        {{#canEdit}}
        <section class="card"><h2>{{> wsActions}}</h2>
        <form method="post" action="/people/visitors/{{id}}/withdraw"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{visitorsVersion}}">
        <input type="hidden" name="withdrawn" value="{{^withdrawn}}yes{{/withdrawn}}{{#withdrawn}}no{{/withdrawn}}">
        <button type="submit">{{^withdrawn}}{{> wsWithdraw}}{{/withdrawn}}{{#withdrawn}}{{> wsUndoWithdraw}}{{/withdrawn}}</button></form>
        <form method="post" action="/people/visitors/{{id}}/details"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{visitorsVersion}}">
        <p><label for="group">{{> wsGroup}}</label> <input id="group" name="group" value="{{group}}"></p>
        <p><label><input type="checkbox" name="priority" value="yes"{{#priority}} checked{{/priority}}> {{> wsPriority}}</label></p>
        <button type="submit">{{> wsSave}}</button></form>
        <h3>{{> wsPinsHeading}}</h3>
        {{#hasPins}}<ul>{{#pins}}<li>{{#yes}}{{> wsPinYes}}{{/yes}}{{^yes}}{{#isHost}}{{> wsPinHostNo}}{{/isHost}}{{^isHost}}{{> wsPinNo}}{{/isHost}}{{/yes}}: {{target}}
        <form method="post" action="/people/visitors/{{id}}/unpin" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{pinsVersion}}"><input type="hidden" name="target" value="{{target}}"><button type="submit">{{> wsRemovePin}}</button></form></li>{{/pins}}</ul>{{/hasPins}}
        <form method="post" action="/people/visitors/{{id}}/pin"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{pinsVersion}}">
        <p><label for="session">{{> wsPinSession}}</label> <select id="session" name="session_id"><option value=""></option>{{#sessions}}<option value="{{id}}">{{label}}</option>{{/sessions}}</select>
        <label for="host">{{> wsPinHost}}</label> <select id="host" name="host_id"><option value=""></option>{{#hostsList}}<option value="{{id}}">{{name}}</option>{{/hostsList}}</select></p>
        <p><button type="submit" name="pin" value="yes">{{> wsPinYes}}</button> <button type="submit" name="pin" value="no">{{> wsPinNo}} / {{> wsPinHostNo}}</button></p>
        </form>
        </section>
        {{/canEdit}}
        {{> wsBottom}}
        """

    /// A host: `id`, `name`, `page`, `canEdit`, `csrf`, `sessionsVersion`, `sessions` (`id`, `label`,
    /// `capacity`, `calledOff`).
    static let host = """
        {{> wsTop}}
        <h1>{{name}}</h1>
        {{#page}}<p class="actions"><a href="{{.}}">{{> wsPersonPage}}</a></p>{{/page}}
        {{^page}}<p>{{> wsNoPersonPage}}</p>{{/page}}
        {{^canEdit}}<p class="note">{{> wsNeedsCanonical}}</p>{{/canEdit}}
        <h2>{{> wsSessionsHeading}}</h2>
        <table><tbody>
        {{#sessions}}<tr><td>{{id}}</td><td>{{label}}{{#calledOff}} <span class="cancelled">({{> wsCalledOff}})</span>{{/calledOff}}</td>
        <td>{{#canEdit}}<form method="post" action="/sessions/{{id}}/capacity"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{sessionsVersion}}"><label>{{> wsCapacity}} <input type="number" min="1" name="capacity" value="{{capacity}}"></label> <button type="submit">{{> wsSave}}</button></form>{{/canEdit}}{{^canEdit}}{{capacity}}{{/canEdit}}</td>
        <td>{{#canEdit}}<form method="post" action="/sessions/{{id}}/cancel"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="version" value="{{sessionsVersion}}"><input type="hidden" name="cancelled" value="{{^calledOff}}yes{{/calledOff}}{{#calledOff}}no{{/calledOff}}"><button type="submit">{{^calledOff}}{{> wsCallOff}}{{/calledOff}}{{#calledOff}}{{> wsReopen}}{{/calledOff}}</button></form>{{/canEdit}}</td></tr>
        {{/sessions}}
        </tbody></table>
        {{> wsBottom}}
        """
}
