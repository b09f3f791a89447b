import Testing
@testable import Matching
import Scheduling

/// The model's rows family by family, built without a solver: each new rule of the team's
/// decisions is one family of rows, named after what it is about.
@Suite struct ModelFamilyTests {
    private func rows(_ model: AssignmentModel, _ family: ConstraintFamily) -> [LinearModel.Row] {
        model.linear.rows.filter { $0.family == family }
    }

    /// Two hosts, one with a daily limit and two sessions on one day; three visitors, two of them a group.
    private func week() -> InstanceBuilder {
        var b = InstanceBuilder()
        b.host("HA", maxPerDay: 2); b.host("HB")
        b.session("A1", host: "HA", "09:00", "10:00", capacity: 2)
        b.session("A2", host: "HA", "14:00", "15:00", capacity: 2)
        b.session("B", host: "HB", "11:30", "12:30", capacity: 2)
        b.visitor("V1", choices: ["HA", "HB"], group: "duo")
        b.visitor("V2", choices: ["HA", "HB"], group: "duo")
        b.visitor("V3", choices: ["HA"])
        return b
    }

    @Test func aDailyLimitIsOneRowPerHostAndDateOverAllItsSessions() {
        let model = AssignmentModel(Eligibility(week().input), seed: 1)
        let limit = rows(model, .hostPerDay)
        #expect(limit.count == 1)
        #expect(limit.first?.upper == 2)
        // Three visitors and two sessions: the group's shared column counts its two members.
        #expect(limit.first?.terms.map(\.coefficient).sorted() == [1, 1, 2, 2])
        #expect(limit.first?.name == "hostPerDay_HA_2025-11-04")
    }

    @Test func aGroupIsOneColumnPerSessionThatEveryMemberUses() {
        let model = AssignmentModel(Eligibility(week().input), seed: 1)
        for s in 0..<3 {
            let v1 = model.pair(visitor: 0, session: s), v2 = model.pair(visitor: 1, session: s)
            #expect(v1 != nil && v2 != nil && v1 != v2)
            #expect(model.columnOfPair[v1!] != nil && model.columnOfPair[v1!] == model.columnOfPair[v2!], "V2 is V1 on A1, A2 and B")
        }
        #expect(Set(model.columnOfPair.compactMap { $0 }).count == 3 + 2, "the group's three sessions and V3's two at HA")
        #expect(rows(model, .group).isEmpty, "no row is needed to hold them together")
        // The capacity of A1 counts both members through the one column, and V3.
        let capacity = rows(model, .capacity).first { $0.name == "capacity_A1" }
        #expect(capacity?.terms.map(\.coefficient).sorted() == [1, 2])
    }

    @Test func aGroupHasNoColumnOnASessionWithoutRoomForAllItsMembers() {
        var b = week()
        b.host("HC"); b.host("HD", maxPerDay: 1)
        b.session("C", host: "HC", "16:00", "17:00", capacity: 1)
        b.session("D", host: "HD", "17:30", "18:00", capacity: 3)
        for v in b.visitors.indices { b.visitors[v].choices += ["HC", "HD"] }
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        let c = b.input.sessions.firstIndex { $0.id == "C" }!, d = b.input.sessions.firstIndex { $0.id == "D" }!
        for s in [c, d] {
            #expect(model.pair(visitor: 0, session: s) == nil && model.pair(visitor: 1, session: s) == nil,
                    "one place for a group of two: it can never go")
            #expect(model.pair(visitor: 2, session: s) != nil, "V3, alone, may")
        }
        // A member pinned there keeps the group's pairs, so that the pin that cannot hold is seen.
        b.pin("V1", session: "C", true)
        let pinned = AssignmentModel(Eligibility(b.input), seed: 1)
        #expect(pinned.pair(visitor: 0, session: c) != nil && pinned.pair(visitor: 1, session: c) != nil)
        #expect(pinned.pair(visitor: 0, session: d) == nil)
    }

    @Test func aGroupsMembersRowsOverTheirSharedColumnsAreStatedOnce() {
        let model = AssignmentModel(Eligibility(week().input), seed: 1)
        // V1 and V2 may each see HA once: over the shared columns that is one and the same row.
        let once = rows(model, .hostOnce)
        #expect(once.count == 2, "the group's row and V3's")
        #expect(Set(once.map { $0.terms.map(\.column).sorted() }).count == 2)
    }

    @Test func aGroupsSuggestionsAreSummedInOneColumnPerMember() {
        var b = week()
        b.host("HC")
        b.session("C1", host: "HC", "16:00", "17:00", capacity: 2)
        b.session("C2", host: "HC", "17:30", "18:00", capacity: 2)
        b.visitors[0].openToSuggestions = true
        b.visitors[1].openToSuggestions = true
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        for v in 0..<2 {
            let id = b.visitors[v].id
            let g = try! #require(model.suggestionColumn[v], "\(id) has g(v)")
            let suggestions = model.pairsOfVisitor[v].filter { model.pairs[$0].isSuggestion }.compactMap { model.columnOfPair[$0] }
            #expect(suggestions.count == 2, "C1 and C2, the group's own columns")
            // g(v) is the sum of the suggestions, once; every other suggestion row holds x(v,r) and g(v) only.
            let defining = rows(model, .suggestion).filter { $0.subject == id }
            #expect(defining.count == 1)
            #expect(defining.first?.lower == 0 && defining.first?.upper == 0)
            #expect(Set(defining.first?.terms.map(\.column) ?? []) == Set(suggestions + [g]))
            // A1 and A2 (host HA) share V's host-once row with g(v); B, alone, has a row of its own.
            let pairRows = rows(model, .suggestion).filter { $0.subject?.hasPrefix("\(id)_") == true }
            #expect(pairRows.count == 1 && pairRows.allSatisfy { $0.terms.count == 2 && $0.terms.contains { $0.column == g } })
            for r in model.rankedPairs(of: v) {
                let x = try! #require(model.columnOfPair[r])
                #expect(model.linear.rows.contains { row in
                    row.upper == 1 && row.terms.contains { $0.column == x } && row.terms.contains { $0.column == g }
                }, "\(id)'s ranked session and g(v) are in one row")
            }
        }
        let plain = AssignmentModel(Eligibility(b.input), seed: 1, suggestions: .pairs)
        #expect(model.linear.nonZeroCount <= plain.linear.nonZeroCount)
    }

    /// V1 ranks host HA (two sessions) and HB, whose session conflicts with A1; V1 is open to suggestions at HC.
    private func openVisitor(choices: [String] = ["HA", "HB"], maxVisits: Int = 2) -> InstanceBuilder {
        var b = InstanceBuilder()
        b.host("HA", sector: "social"); b.host("HB", sector: "social"); b.host("HC", sector: "health")
        b.session("A1", host: "HA", "09:00", "10:00")
        b.session("A2", host: "HA", "14:00", "15:00")
        b.session("B", host: "HB", "09:30", "10:30")
        b.session("C", host: "HC", "16:00", "17:00")
        b.visitor("V1", choices: choices, maxVisits: maxVisits, sector: "social", open: true)
        return b
    }

    @Test func aSuggestionSharesTheRowsOfTheSessionsItExcludes() throws {
        let model = AssignmentModel(Eligibility(openVisitor(maxVisits: 1).input), seed: 1)
        let given = Set(model.suggestionTerms(of: 0).map(\.column))
        try #require(!given.isEmpty)
        let x = { (s: Int) in model.columnOfPair[model.pair(visitor: 0, session: s)!]! }
        let once = try #require(rows(model, .hostOnce).first)
        #expect(Set(once.terms.map(\.column)) == Set([x(0), x(1)]).union(given) && once.upper == 1)
        let conflict = try #require(rows(model, .conflict).first)
        #expect(Set(conflict.terms.map(\.column)) == Set([x(0), x(2)]).union(given) && conflict.upper == 1)
        // At most one visit, or a suggestion alone: Σ x + 1 · g ≤ 1.
        let perVisitor = try #require(rows(model, .perVisitor).first)
        #expect(Set(perVisitor.terms.map(\.column)) == Set([x(0), x(1), x(2)]).union(given) && perVisitor.upper == 1)
        #expect(perVisitor.terms.filter { given.contains($0.column) }.allSatisfy { $0.coefficient == 1 })
        // Every ranked session is in one of those rows, so none needs "x(v,r) + g(v) ≤ 1" of its own.
        let own = rows(model, .suggestion).filter { $0.subject?.hasPrefix("V1_") == true }
        #expect(own.isEmpty)
    }

    @Test func aDayLongSessionAndTwoSessionsOfOneHostThatDayAreOneConflictRow() throws {
        // D (HD, all day) conflicts with A1 and with A2, which HA's once-only rule keeps apart:
        // one row for the three, where rows of two would let the relaxation take half of each.
        var b = openVisitor(choices: ["HA", "HD"])
        b.host("HD", sector: "social")
        b.session("D", host: "HD", "08:00", "18:00")
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        let x = { (s: Int) in model.columnOfPair[model.pair(visitor: 0, session: s)!]! }
        let given = Set(model.suggestionTerms(of: 0).map(\.column))
        let conflicts = rows(model, .conflict).map { Set($0.terms.map(\.column)) }
        #expect(conflicts == [Set([x(0), x(1), x(4)]).union(given)])
        #expect(rows(model, .hostOnce).count == 1, "A1 and A2 keep their own row")
    }

    @Test func theRelaxationCannotGiveHalfOfEachSessionOfAHostBesideHalfASuggestion() throws {
        // Held at its best preference, V1 visits HA. Half of A1, half of A2 and half a suggestion at
        // HC (which mixes sectors) would meet that and every row taken two by two, for a mix of ½.
        let model = AssignmentModel(Eligibility(openVisitor(choices: ["HA"]).input), seed: 1)
        let preference = model.objective(.preference)
        let best = try #require(model.rankedPairs(of: 0).map { preference[model.columnOfPair[$0]!] }.max())
        var linear = model.linear
        linear.addRow(LinearModel.Row(preference.enumerated().filter { $0.element != 0 }.map { LinearModel.Term($0.offset, $0.element) },
                                      lower: best))
        let problem = LinearProblem(linear)
        problem.maximize(model.objective(.mix))
        let relaxation = try #require(problem.search(until: nil, incumbent: nil, integralObjective: true).relaxation)
        #expect(abs(relaxation.value) < 1e-9, "the relaxation's mix is that of every plan: 0")
    }

    @Test func aRowStatedTwiceIsKeptOnceAndARowWithOtherBoundsIsKept() {
        var linear = LinearModel()
        let x = linear.addColumn(.binary), y = linear.addColumn(.binary)
        linear.addRow(LinearModel.Row([.init(x), .init(y)], upper: 1, family: .hostOnce, subject: "a"))
        linear.addRow(LinearModel.Row([.init(y), .init(x)], upper: 1, family: .hostOnce, subject: "b"))
        linear.addRow(LinearModel.Row([.init(x), .init(y)], upper: 2, family: .perVisitor, subject: "c"))
        linear.addRow(LinearModel.Row([.init(x), .init(y, 2)], upper: 1, family: .capacity, subject: "d"))
        #expect(linear.dropRepeatedRows() == 1)
        #expect(linear.rows.compactMap(\.subject) == ["a", "c", "d"])
    }

    @Test func aGroupKeepsOnlySessionsEveryMemberMayHave() {
        var b = week()
        b.visitors[1].languages = ["nl"]
        b.sessions[2].languages = ["fr", "nl"]
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        let sessionsOfGroup = model.pairs.filter { $0.visitor < 2 }.map { b.sessions[$0.session].id }
        #expect(Set(sessionsOfGroup) == ["B"])
    }

    @Test func aYesPinFixesItsColumnAndANoPinRemovesThePair() {
        var b = week()
        b.pin("V3", session: "B", true)
        b.pin("V3", session: "A2", false)
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        let pin = rows(model, .pin)
        #expect(pin.count == 1)
        #expect(pin.first?.lower == 1 && pin.first?.name == "pin_V3_B")
        let ofV3 = model.pairs.filter { $0.visitor == 2 }
        #expect(Set(ofV3.map { b.sessions[$0.session].id }) == ["A1", "B"])
        #expect(ofV3.first { b.sessions[$0.session].id == "B" }?.pinned == true)
        #expect(ofV3.first { b.sessions[$0.session].id == "B" }?.isSuggestion == false)
    }

    @Test func cancelledRowsHaveNoPairs() {
        var b = week()
        b.visitors[2].cancelled = true
        b.sessions[0].cancelled = true
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        #expect(!model.pairs.contains { $0.visitor == 2 })
        #expect(!model.pairs.contains { $0.session == 0 })
    }

    @Test func keepCountsThePreviousAssignmentsThatAreStillPairs() {
        var b = week()
        b.told(["V3 A1", "V3 A2", "V9 B"])
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        #expect(model.tiers == [.keep, .coverage, .preference, .mix])
        #expect(model.objective(.keep).reduce(0, +) == 2)
        #expect(model.crudeBound(.keep) == 2)
    }

    @Test func everyRowOfAFamilyHasANameAndNamesAreDistinct() {
        var b = week()
        b.pin("V3", session: "B", true)
        let model = AssignmentModel(Eligibility(b.input), seed: 1, suggestions: .pairs)
        let named = model.linear.rows.compactMap(\.name)
        #expect(named.count == model.linear.rows.count)
        #expect(Set(named).count == named.count)
    }
}
