import Scheduling
import Testing
@testable import Publish

/// The set of published files.
@Suite struct PublicationTests {
    @Test func publishesPlanScheduleForEveryVisitorAndRostersForEveryHostSortedByPath() {
        let files = Publication.files(plan: Fixture.plan, input: Fixture.input)
        let paths = files.map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.first == "plan.json")
        #expect(paths.filter { $0.hasPrefix("schedules/") }.count == Fixture.visitors.count)
        #expect(paths.contains("schedules/V001.md"))
        #expect(paths.contains("rosters/H001.md"))
        #expect(paths.contains("rosters/H001.csv"))
        #expect(paths.count == 1 + Fixture.visitors.count + 2 * Fixture.hosts.count)
        #expect(files.first?.contents == PlanJSON.render(Fixture.plan, input: Fixture.input))
    }

    @Test func idsThatAreNotSafeFileNamesAreMadeSafe() {
        #expect(Publication.fileName("V001") == "V001")
        #expect(Publication.fileName("../x/y") == ".._x_y")
        #expect(Publication.fileName("..") == "_")
    }
}
