import Scheduling

/// The supply-and-demand figures as an HTML fragment for the workspace's page 3: a `<section>`
/// with tables, and inline SVG bar charts with the numbers beside the bars, in French, Dutch or
/// English. Every name from the input is escaped.
///
/// Public API: `SupplyDemandPage.html(_ figures: SupplyDemand, input: PlanningInput, language: Language) -> String`.
public enum SupplyDemandPage {
    static let placesColor = "#1d5ba3", firstColor = "#b86e00", anyColor = "#8fb4e3"

    /// The fragment for `figures` computed from `input`, in `language` (French, Dutch, else English).
    public static func html(_ figures: SupplyDemand, input: PlanningInput, language: Language) -> String {
        let language = OutputLanguage(language)
        let library = PageLibrary.of(language)
        let hostName = { (id: String) in MarkdownText.oneLine(input.host(id)?.name ?? id) }
        let word = { (key: String) in library.line(key, [:]) }
        let when = { (slot: TimeWindow) in
            LocalizedDateText.dateTitle(slot.date, in: language) + ", "
                + LocalizedDateText.timeRange(from: slot.start, to: slot.end, in: language)
        }
        let halfDayLabels = figures.halfDays.map { label($0, library: library, language: language) }
        let languageLabels = figures.languages.map { word(groupKey($0.group)) }
        var context: [String: Any] = [
            "lang": language.rawValue,
            "visitors": figures.visitors, "visitsWanted": figures.visitsWanted, "places": figures.places,
            "sessionCount": figures.sessions.count,
            "hasOversubscribed": !figures.oversubscribed.isEmpty,
            "oversubscribed": figures.oversubscribed.map { host in
                cells(host.demand).merging(["name": hostName(host.hostID), "unmet": host.demand.unmet,
                                            "oneMoreSlot": host.oneMoreSlotServes]) { _, new in new }
            },
            "hasNobodyChose": !figures.nobodyChose.isEmpty,
            "nobodyChose": figures.nobodyChose.map { s -> [String: Any] in
                ["when": when(s.slot), "hostName": hostName(s.hostID), "sessionID": s.sessionID, "places": s.demand.places]
            },
            "hosts": figures.hosts.map { host in
                cells(host.demand).merging(["name": hostName(host.hostID), "sessions": host.sessions]) { _, new in new }
            },
            "sessions": figures.sessions.map { s in
                cells(s.demand).merging(["when": when(s.slot), "hostName": hostName(s.hostID), "sessionID": s.sessionID]) { _, new in new }
            },
            "days": (figures.days + figures.halfDays).sorted(by: DayDemand.inTimeOrder).map { day in
                cells(day.demand).merging(["label": label(day, library: library, language: language), "sessions": day.sessions,
                                           "isDay": day.half == nil]) { _, new in new }
            },
            "languages": figures.languages.enumerated().map { i, l -> [String: Any] in
                ["label": languageLabels[i], "visitors": l.visitors, "visitsWanted": l.visitsWanted,
                 "places": l.places, "placesTheyCanFollow": l.placesTheyCanFollow]
            },
            "access": [
                "visitors": figures.access.visitors, "visitsWanted": figures.access.visitsWanted,
                "accessiblePlaces": figures.access.accessiblePlaces,
                "withoutAccessibleChoice": figures.access.withoutAccessibleChoice,
            ] as [String: Any],
        ]
        context["hostChart"] = demandChart(word("sdChartHosts"), figures.hosts.map { hostName($0.hostID) },
                                           figures.hosts.map(\.demand), library: library)
        context["halfDayChart"] = demandChart(word("sdChartHalfDays"), halfDayLabels, figures.halfDays.map(\.demand), library: library)
        context["languageChart"] = chart(word("sdChartLanguages"), languageLabels, [
            (placesColor, word("sdColFollowPlaces"), figures.languages.map(\.placesTheyCanFollow)),
            (firstColor, word("sdColVisitsWanted"), figures.languages.map(\.visitsWanted)),
        ])
        context["accessChart"] = chart(word("sdChartAccess"), [word("sdAccessPlaces"), word("sdAccessVisits")], [
            (placesColor, nil, [figures.access.accessiblePlaces, figures.access.visitsWanted]),
        ])
        return library.render("supplyDemand", context)
    }

    /// "Mardi 4 novembre 2025" for a day, "Mardi 4 novembre 2025, matin" for its morning.
    private static func label(_ day: DayDemand, library: PageLibrary, language: OutputLanguage) -> String {
        let date = LocalizedDateText.dateTitle(day.date, in: language)
        guard let half = day.half else { return date }
        return library.line(half == .morning ? "sdMorning" : "sdAfternoon", ["dateTitle": date])
    }

    /// The cells of `SupplyDemandLayouts.demandCells`.
    private static func cells(_ demand: Demand) -> [String: Any] {
        ["places": demand.places, "firstChoice": demand.firstChoice, "anyRank": demand.anyRank, "eligible": demand.eligible]
    }

    /// Places, first choices and any rank, one row per category.
    private static func demandChart(_ title: String, _ categories: [String], _ demands: [Demand], library: PageLibrary) -> String {
        chart(title, categories, [
            (placesColor, library.line("sdColPlaces", [:]), demands.map(\.places)),
            (firstColor, library.line("sdColFirst", [:]), demands.map(\.firstChoice)),
            (anyColor, library.line("sdColAny", [:]), demands.map(\.anyRank)),
        ])
    }

    /// A bar chart of counts, the count written after each bar, all bars on one scale.
    private static func chart(_ title: String, _ categories: [String], _ series: [(color: String, name: String?, values: [Int])]) -> String {
        let largest = series.flatMap(\.values).max() ?? 0
        return SVGChart(title: title, categories: categories, series: series.map {
            SVGChart.Series(color: $0.color, values: $0.values.map(Double.init), labels: $0.values.map(String.init), name: $0.name)
        }, scale: Double(max(1, largest))).svg
    }

    /// The word of a language group.
    static func groupKey(_ group: LanguageDemand.Group) -> String {
        switch group {
        case .frenchOnly: return "sdGroupFrenchOnly"
        case .dutchOnly: return "sdGroupDutchOnly"
        case .bilingual: return "sdGroupBilingual"
        case .other: return "sdGroupOther"
        }
    }
}
