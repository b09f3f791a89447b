import Testing
@testable import Matching
import Scheduling

/// Suggestions aggregated per visitor and per session: the flow they rest on, the room rows that
/// keep them real, their placement, and the model built without a solver.
@Suite struct SuggestionRoomTests {
    @Test func theMaximumFlowAndItsCutAreThoseOfASmallNetworkWorkedByHand() {
        // 0 → 1 (3), 0 → 2 (2), 1 → 2 (1), 1 → 3 (2), 2 → 3 (2): the two edges into 3 let 4 through.
        var network = FlowNetwork(nodeCount: 4)
        network.addEdge(from: 0, to: 1, capacity: 3)
        network.addEdge(from: 0, to: 2, capacity: 2)
        network.addEdge(from: 1, to: 2, capacity: 1)
        let into3 = network.addEdge(from: 1, to: 3, capacity: 2)
        network.addEdge(from: 2, to: 3, capacity: 2)
        #expect(abs(network.maximize(from: 0, to: 3) - 4) < 1e-9)
        #expect(abs(network.flow(into3) - 2) < 1e-9)
        // The source still reaches 1 and 2, not 3: the edges into 3 are the minimum cut.
        #expect(network.reached(from: 0) == [true, true, true, false])
    }

    @Test func raisingACapacityGoesOnFromTheFlowAlreadyThere() {
        var network = FlowNetwork(nodeCount: 3)
        network.addEdge(from: 0, to: 1, capacity: 5)
        let out = network.addEdge(from: 1, to: 2, capacity: 2)
        #expect(abs(network.maximize(from: 0, to: 2) - 2) < 1e-9)
        network.setCapacity(out, 4)
        #expect(abs(network.maximize(from: 0, to: 2) - 2) < 1e-9)
        #expect(abs(network.flow(out) - 4) < 1e-9)
    }

    /// Two French-speaking open visitors, one French session with one place, one Dutch session.
    private func twoVisitorsOneFrenchPlace(sectors: Bool = false) -> InstanceBuilder {
        var b = InstanceBuilder()
        b.host("HF", languages: ["fr"], sector: sectors ? "santé" : nil)
        b.host("HN", languages: ["nl"], sector: sectors ? "santé" : nil)
        b.session("F", host: "HF", capacity: 1)
        b.session("N", host: "HN", capacity: 5)
        b.visitor("V1", choices: [], sector: sectors ? "CPAS" : nil, open: true)
        b.visitor("V2", choices: [], sector: sectors ? "CPAS" : nil, open: true)
        b.visitor("W1", choices: [], languages: ["nl"], open: true)
        return b
    }

    @Test func aSetOfSuggestionsThatNeedsMoreThanItsSessionsReceiveIsARoomRowBroken() {
        let model = AssignmentModel(Eligibility(twoVisitorsOneFrenchPlace().input), seed: 1)
        let network = model.network
        #expect(network.supplies.count == 3)
        let french = network.supplies.indices.filter { network.supplies[$0].visitor < 2 }
        // Both French visitors given a suggestion, but F receives 1 and N (out of their reach) 2.
        var given = [Double](repeating: 0, count: 3)
        for a in french { given[a] = 1 }
        let rooms = network.brokenRooms(given: given, received: [1, 1])
        #expect(rooms == [SuggestionNetwork.Room(supplies: french, sessions: [0])])
        // Receiving what they need, nothing is broken.
        given[network.supplies.indices.first { network.supplies[$0].visitor == 2 }!] = 1
        #expect(network.brokenRooms(given: given, received: [1, 2]).count == 1)
        #expect(network.brokenRooms(given: [1, 0, 1], received: [1, 1]) == [])
    }

    @Test func aClosedRoomRowAlsoCountsTheKindsThatReachOnlyItsSessions() {
        // V1 reaches F only, W1 reaches F and N. W1 given, V1 not, F receiving a half and N nothing:
        // W1's suggestion has half of the room it needs. The closed row counts V1 too, whose
        // sessions are all in the row, so that the next solution cannot give V1 what W1 loses.
        var b = InstanceBuilder()
        b.host("HF", languages: ["fr"]); b.host("HN", languages: ["nl"])
        b.session("F", host: "HF", capacity: 1)
        b.session("N", host: "HN", "14:00", "15:00", capacity: 1)
        b.visitor("V1", choices: [], open: true)
        b.visitor("W1", choices: [], languages: ["fr", "nl"], open: true)
        let network = AssignmentModel(Eligibility(b.input), seed: 1).network
        let v1 = network.supplies.indices.first { network.supplies[$0].visitor == 0 }!
        let w1 = network.supplies.indices.first { network.supplies[$0].visitor == 1 }!
        var given = [0.0, 0.0]
        given[w1] = 1
        #expect(network.brokenRooms(given: given, received: [0.5, 0]) == [SuggestionNetwork.Room(supplies: [w1], sessions: [0, 1])])
        #expect(network.brokenRooms(given: given, received: [0.5, 0], closed: true)
                == [SuggestionNetwork.Room(supplies: [v1, w1].sorted(), sessions: [0, 1])])
        // Every placement keeps the closed row: both given, they need both sessions' places.
        #expect(network.brokenRooms(given: [1, 1], received: [1, 1], closed: true) == [])
        #expect(network.brokenRooms(given: [1, 1], received: [1, 0.5], closed: true).count == 1)
    }

    @Test func aFractionalSolutionGetsItsRoomRowsOnlyWhenAsked() {
        // Both French visitors three quarters given, F and N each receiving 0.75: 1.5 of French
        // suggestions against 0.75 of room they can reach, in a solution that is not whole.
        let model = AssignmentModel(Eligibility(twoVisitorsOneFrenchPlace().input), seed: 1)
        var columns = [Double](repeating: 0, count: model.linear.columns.count)
        for (a, supply) in model.network.supplies.enumerated() where supply.visitor < 2 { columns[model.supplyColumn[a]] = 0.75 }
        for (_, u) in model.inflowColumn { columns[u] = 0.75 }
        #expect(model.lazyRoomRows(at: columns).isEmpty, "a fractional solution is not checked by default")
        let rows = model.lazyRoomRows(at: columns, evenFractional: true)
        #expect(rows.count == 1)
        // The row: the French kinds given ≤ what F receives; the solution breaks it by 0.75.
        let row = rows[0]
        let activity = row.terms.reduce(0) { $0 + $1.coefficient * columns[$1.column] }
        #expect(abs(activity - 0.75) < 1e-9 && row.upper == 0)
        #expect(Set(row.terms.filter { $0.coefficient < 0 }.map(\.column)) == [model.inflowColumn[0]!])
    }

    @Test func placingSuggestionsFillsEachSessionsMinimumFirst() {
        // Two open visitors can go to A (minimum 2) or B: both must go to A for A to run.
        var b = InstanceBuilder()
        b.host("HA"); b.host("HB")
        b.session("A", host: "HA", capacity: 3, minVisitors: 2)
        b.session("B", host: "HB", "14:00", "15:00", capacity: 3)
        b.visitor("V1", choices: [], open: true)
        b.visitor("V2", choices: [], open: true)
        let model = AssignmentModel(Eligibility(b.input), seed: 3)
        let placed = model.network.route(given: [true, true], lower: [2, 0], upper: [3, 3])
        #expect(placed.map { $0.map { model.pairs[$0].session } } == [0, 0])
        #expect(model.network.route(given: [true, false], lower: [2, 0], upper: [3, 3]) == nil)
    }

    @Test func mixCountsASuggestionOnlyWhereItsVisitorCanReallyBePlaced() {
        // Mix first: without room rows both French visitors would "mix" through N's places.
        var b = twoVisitorsOneFrenchPlace(sectors: true)
        b.event.objective = [.mix, .coverage]
        let plan = plannedAndValidated(b.input)
        #expect(plan.status == .optimal)
        #expect(plan.value(.mix) == 1)
        #expect(plan.value(.coverage) == 2)
        #expect(plan.assignments.map(\.sessionID).sorted() == ["F", "N"])
    }

    @Test func theAggregatedModelHasNoColumnPerSuggestionAndThePlainModelOnePerPair() {
        let input = twoVisitorsOneFrenchPlace().input
        let aggregated = AssignmentModel(Eligibility(input), seed: 1)
        let plain = AssignmentModel(Eligibility(input), seed: 1, suggestions: .pairs)
        #expect(aggregated.pairs.count == 3)
        #expect(aggregated.pairs.allSatisfy { $0.rank == nil })
        // Aggregated: 3 kinds, 2 sessions receiving, 3 coverage columns; plain: 3 pairs, 3 g(v), 3 coverage columns.
        #expect(aggregated.linear.columns.count == 3 + 2 + 3)
        #expect(plain.linear.columns.count == 3 + 3 + 3)
        // One balance row ties what kinds are given to what sessions receive.
        let balance = aggregated.linear.rows.filter { $0.lower == 0 && $0.upper == 0 }
        #expect(balance.count == 1)
        #expect(balance.first?.terms.count == 5)
    }

    @Test func withMixATierEachOpenVisitorHasAMixingAndAPlainKind() {
        var b = InstanceBuilder()
        b.host("H1", sector: "CPAS"); b.host("H2", sector: "santé")
        b.session("S1", host: "H1"); b.session("S2", host: "H2", "14:00", "15:00")
        b.visitor("V1", choices: [], sector: "CPAS", open: true)
        let model = AssignmentModel(Eligibility(b.input), seed: 1)
        #expect(model.network.supplies.map(\.mixes) == [false, true])
        #expect(model.network.supplies.map { $0.pairs.map { model.pairs[$0].session } } == [[0], [1]])
        let mix = model.objective(.mix)
        #expect(model.supplyColumn.map { mix[$0] } == [0, 1])
    }
}
