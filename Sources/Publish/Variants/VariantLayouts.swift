/// The structure of the comparison of plans, the same in every language (the words come from
/// `VariantWording`).
enum VariantLayouts {
    /// Every layout, by name, for `PageLibrary`.
    static let all: [String: String] = ["planComparison": table]

    /// The comparison (a `<section>` for the workspace to place in its page). Keys: `lang`,
    /// `columns` (`title`, `change`), `rows` (`label`, `cells` with `value` and `delta`).
    static let table = """
        <section class="plan-comparison" lang="{{lang}}">
        <h2>{{> vaTitle}}</h2>
        <p>{{> vaIntro}}</p>
        <table class="comparison">
        <thead><tr><td></td>{{#columns}}<th scope="col">{{title}}<br><span class="change">{{change}}</span></th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr><th scope="row">{{label}}</th>{{#cells}}<td class="num">{{value}}{{#delta}} <span class="delta">({{.}})</span>{{/delta}}</td>{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        </section>

        """
}
