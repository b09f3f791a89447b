import Testing
@testable import Publish

/// The template engine: what each tag writes, sections on each kind of value, lines that tags stand
/// alone on, partials and their indentation, content types, and templates that do not parse.
@Suite struct TemplateTests {
    /// `text` rendered with `data`, beside the partials given.
    private func render(_ text: String, _ data: TemplateData, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try Template(parsing: $0) }
        templates["main"] = try Template(parsing: text)
        return try #require(TemplateLibrary(templates: templates).render(data, template: "main"))
    }

    @Test func variablesAreEscapedForTheContentTypeUnlessTripled() throws {
        let data: TemplateData = ["name": "Tom & \"Jerry\" <b>", "flag": true]
        #expect(try render("{{name}}|{{{name}}}|{{& name}}|{{flag}}|{{nobody}}", data)
            == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;|Tom & \"Jerry\" <b>|Tom & \"Jerry\" <b>|true|")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{name}}", data) == "Tom & \"Jerry\" <b>")
        #expect(try render("{{% CONTENT_TYPE: MARKDOWN_CELL}}{{cell}}", ["cell": "a | b"]) == MarkdownText.cell("a | b"))
    }

    /// A quote followed by a combining mark is one Swift character, but an HTML reader sees the quote.
    @Test func htmlEscapingGoesByScalar() throws {
        #expect(try render("<a title=\"{{t}}\">", ["t": "x\"\u{338} onclick=y"]) == "<a title=\"x&quot;\u{338} onclick=y\">")
        #expect(TemplateContentType.escapeHTML("Maison médicale") == "Maison médicale")
    }

    @Test func aSectionOnAListRendersEachElementAndKnowsItsPosition() throws {
        let data: TemplateData = ["people": [["name": "Ann"], ["name": "Bo"], ["name": "Cy"]]]
        #expect(try render("{{#people}}{{^first()}}, {{/first()}}{{name}}{{#last()}}.{{/last()}}{{/people}}", data) == "Ann, Bo, Cy.")
        #expect(try render("{{#people}}{{index()}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{/people}}", data) == "0e1o2e")
        #expect(try render("{{#none}}x{{/none}}{{^none}}nobody{{/none}}", ["none": []]) == "nobody")
    }

    @Test func aSectionOnAFlagTextOrObject() throws {
        let data: TemplateData = ["yes": true, "no": false, "city": "Forest", "host": ["name": "Home"], "name": "outer"]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{^yes}}never{{/yes}}", data) == "Ynot")
        #expect(try render("{{#city}}in {{.}}{{/city}}{{^city}}x{{/city}}", data) == "in Forest")
        // An object's names come first; a name it lacks is looked up outside it.
        #expect(try render("{{#host}}{{name}}/{{city}}{{/host}} {{name}}", data) == "Home/Forest outer")
        #expect(try render("{{host.name}}|{{host.city}}|{{nobody.name}}", data) == "Home||")
        #expect(try render("{{^missing}}absent{{/missing}}{{#missing}}x{{/missing}}", data) == "absent")
    }

    /// A list's position belongs to its elements: a section on an object inside it, or a partial, starts afresh.
    @Test func positionsDoNotReachIntoNestedObjectsOrPartials() throws {
        let data: TemplateData = ["items": [["o": ["a": "1"]], ["o": ["a": "2"]]]]
        #expect(try render("{{#items}}{{#o}}{{#first()}}F{{/first()}}{{a}}{{/o}}{{/items}}", data) == "12")
        #expect(try render("{{#items}}{{> p}}{{/items}}", data, partials: ["p": "{{#first()}}F{{/first()}}{{o.a}}"]) == "12")
    }

    @Test func tagsAloneOnTheirLinesTakeTheLineWithThem() throws {
        let text = """
            <ul>
              {{#items}}
              <li>{{.}}</li>
              {{/items}}
              {{! a comment }}
            </ul>
            {{#items}}<b>{{.}}</b>{{/items}}

            """
        #expect(try render(text, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<b>a</b><b>b</b>\n")
        // Not alone on the line: the blanks and the line break stay.
        #expect(try render("x {{#f}}\ny{{/f}} z\n", ["f": true]) == "x \ny z\n")
    }

    @Test func aPartialAloneOnItsLineIsIndentedAsItsTag() throws {
        let text = "<div>\n  {{> item}}\n</div>\n"
        #expect(try render(text, ["a": "1"], partials: ["item": "<p>{{a}}</p>\n<p>two</p>\n"])
            == "<div>\n  <p>1</p>\n  <p>two</p>\n</div>\n")
        #expect(try render("[{{> item}}]", ["a": "1"], partials: ["item": "<p>{{a}}</p>"]) == "[<p>1</p>]")
    }

    /// A partial renders in its own content type, whatever the template that includes it.
    @Test func aPartialHasItsOwnContentType() throws {
        let partials = ["html": "{{v}}", "text": "{{% CONTENT_TYPE: TEXT}}{{v}}"]
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{> html}} {{> text}} {{v}}", ["v": "<&>"], partials: partials)
            == "&lt;&amp;&gt; <&> <&>")
        #expect(try render("{{> nowhere}}.", [:]) == ".")
    }

    @Test func templatesOutsideTheSubsetDoNotParse() {
        for text in ["{{#a}}x", "{{#a}}x{{/b}}", "x{{/a}}", "{{=<% %>=}}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}",
                     "{{upper(name)}}", "{{a", "{{{a}}", "{{}}", "{{a..b}}", "{{% CONTENT_TYPE: PDF}}", "{{! open", "x{"] {
            #expect(throws: TemplateSyntaxError.self, "\(text)") { try Template(parsing: text) }
        }
    }

    @Test func contextsBuiltAsSwiftValuesReadAsTypedValues() throws {
        let organization: String? = nil
        let context: [String: Any] = ["count": 3, "rows": [["n": "a"], ["n": "b"]], "names": ["x", "y"], "no": false,
                                      "absent": organization as Any, "typed": TemplateData.flag(true)]
        #expect(try render("{{count}} {{#rows}}{{n}}{{/rows}} {{#names}}{{.}}{{/names}} {{^no}}-{{/no}}{{#typed}}+{{/typed}}",
                           TemplateData(context)) == "3 ab xy -+")
        // Mustache wrote an absent optional as `nil`; contexts give `false` for an absent value instead.
        #expect(try render("{{absent}}", TemplateData(context)) == "nil")
    }
}
