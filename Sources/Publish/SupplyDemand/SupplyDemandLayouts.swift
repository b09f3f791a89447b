/// The structure of the supply-and-demand fragment, the same in every language (the words come
/// from `SupplyDemandWording`; charts are SVG written by `SVGChart` and inserted as they are).
enum SupplyDemandLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = ["supplyDemand": fragment, "sdDemandCells": demandCells]

    /// The four figures of a `Demand`, as table cells. Keys: `places`, `firstChoice`, `anyRank`, `eligible`.
    static let demandCells = """
        <td class="num">{{places}}</td><td class="num">{{firstChoice}}</td><td class="num">{{anyRank}}</td><td class="num">{{eligible}}</td>
        """

    /// The fragment (a `<section>` for the workspace to place in its page). Keys: `lang`, the
    /// summary's, `oversubscribed`, `nobodyChose`, `hosts`, `sessions`, `days` (each day, then its halves), `languages`,
    /// `access`, and the charts `hostChart`, `halfDayChart`, `languageChart`, `accessChart`.
    static let fragment = """
        <section class="supply-demand" lang="{{lang}}">
        <h2>{{> sdTitle}}</h2>
        <p>{{> sdIntro}}</p>
        <p>{{> sdSummary}}</p>
        <h3>{{> sdOversubscribed}}</h3>
        <p>{{> sdOversubscribedText}}</p>
        {{#hasOversubscribed}}
        <table class="oversubscribed">
        <thead><tr><th scope="col">{{> sdColHost}}</th><th scope="col" class="num">{{> sdColPlaces}}</th><th scope="col" class="num">{{> sdColFirst}}</th><th scope="col" class="num">{{> sdColAny}}</th><th scope="col" class="num">{{> sdColEligible}}</th><th scope="col" class="num">{{> sdColUnmet}}</th><th scope="col" class="num">{{> sdColOneMore}}</th></tr></thead>
        <tbody>
        {{#oversubscribed}}
        <tr><th scope="row">{{name}}</th>{{> sdDemandCells}}<td class="num">{{unmet}}</td><td class="num">{{oneMoreSlot}}</td></tr>
        {{/oversubscribed}}
        </tbody>
        </table>
        {{/hasOversubscribed}}
        {{^hasOversubscribed}}<p>{{> sdNoneOversubscribed}}</p>{{/hasOversubscribed}}
        <h3>{{> sdNobodyChose}}</h3>
        {{#hasNobodyChose}}
        <p>{{> sdNobodyChoseText}}</p>
        <table class="nobody-chose">
        <thead><tr><th scope="col">{{> sdColWhen}}</th><th scope="col">{{> sdColHost}}</th><th scope="col">{{> sdColSession}}</th><th scope="col" class="num">{{> sdColPlaces}}</th></tr></thead>
        <tbody>
        {{#nobodyChose}}
        <tr><td>{{when}}</td><th scope="row">{{hostName}}</th><td>{{sessionID}}</td><td class="num">{{places}}</td></tr>
        {{/nobodyChose}}
        </tbody>
        </table>
        {{/hasNobodyChose}}
        {{^hasNobodyChose}}<p>{{> sdEveryoneChosen}}</p>{{/hasNobodyChose}}
        <h3>{{> sdHosts}}</h3>
        <p>{{> sdHostsText}}</p>
        <figure>{{{hostChart}}}</figure>
        <table class="hosts">
        <thead><tr><th scope="col">{{> sdColHost}}</th><th scope="col" class="num">{{> sdColSessions}}</th><th scope="col" class="num">{{> sdColPlaces}}</th><th scope="col" class="num">{{> sdColFirst}}</th><th scope="col" class="num">{{> sdColAny}}</th><th scope="col" class="num">{{> sdColEligible}}</th></tr></thead>
        <tbody>
        {{#hosts}}
        <tr><th scope="row">{{name}}</th><td class="num">{{sessions}}</td>{{> sdDemandCells}}</tr>
        {{/hosts}}
        </tbody>
        </table>
        <h3>{{> sdSessions}}</h3>
        <table class="sessions">
        <thead><tr><th scope="col">{{> sdColWhen}}</th><th scope="col">{{> sdColHost}}</th><th scope="col">{{> sdColSession}}</th><th scope="col" class="num">{{> sdColPlaces}}</th><th scope="col" class="num">{{> sdColFirst}}</th><th scope="col" class="num">{{> sdColAny}}</th><th scope="col" class="num">{{> sdColEligible}}</th></tr></thead>
        <tbody>
        {{#sessions}}
        <tr><td>{{when}}</td><th scope="row">{{hostName}}</th><td>{{sessionID}}</td>{{> sdDemandCells}}</tr>
        {{/sessions}}
        </tbody>
        </table>
        <h3>{{> sdHalfDays}}</h3>
        <p>{{> sdHalfDaysText}}</p>
        <figure>{{{halfDayChart}}}</figure>
        <table class="days">
        <thead><tr><th scope="col">{{> sdColPeriod}}</th><th scope="col" class="num">{{> sdColSessions}}</th><th scope="col" class="num">{{> sdColPlaces}}</th><th scope="col" class="num">{{> sdColFirst}}</th><th scope="col" class="num">{{> sdColAny}}</th><th scope="col" class="num">{{> sdColEligible}}</th></tr></thead>
        <tbody>
        {{#days}}
        <tr{{#isDay}} class="day"{{/isDay}}><th scope="row">{{#isDay}}<strong>{{label}}</strong>{{/isDay}}{{^isDay}}{{label}}{{/isDay}}</th><td class="num">{{sessions}}</td>{{> sdDemandCells}}</tr>
        {{/days}}
        </tbody>
        </table>
        <h3>{{> sdLanguages}}</h3>
        <p>{{> sdLanguagesText}}</p>
        <figure>{{{languageChart}}}</figure>
        <table class="languages">
        <thead><tr><th scope="col">{{> sdColLanguages}}</th><th scope="col" class="num">{{> sdColVisitors}}</th><th scope="col" class="num">{{> sdColVisitsWanted}}</th><th scope="col" class="num">{{> sdColLanguagePlaces}}</th><th scope="col" class="num">{{> sdColFollowPlaces}}</th></tr></thead>
        <tbody>
        {{#languages}}
        <tr><th scope="row">{{label}}</th><td class="num">{{visitors}}</td><td class="num">{{visitsWanted}}</td><td class="num">{{places}}</td><td class="num">{{placesTheyCanFollow}}</td></tr>
        {{/languages}}
        </tbody>
        </table>
        <h3>{{> sdAccess}}</h3>
        <figure>{{{accessChart}}}</figure>
        <table class="access">
        <tbody>
        {{#access}}
        <tr><th scope="row">{{> sdAccessVisitors}}</th><td class="num">{{visitors}}</td></tr>
        <tr><th scope="row">{{> sdAccessVisits}}</th><td class="num">{{visitsWanted}}</td></tr>
        <tr><th scope="row">{{> sdAccessPlaces}}</th><td class="num">{{accessiblePlaces}}</td></tr>
        <tr><th scope="row">{{> sdAccessWithout}}</th><td class="num">{{withoutAccessibleChoice}}</td></tr>
        {{/access}}
        </tbody>
        </table>
        </section>

        """
}
