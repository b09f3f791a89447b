import Foundation
import Testing

/// The week itself and after, as a team runs it: plan, fill in attendance.csv in Excel, record it
/// (certificates for those who came, nothing on a mistake), read the evaluation form, publish again.
@Suite(.serialized) struct WeekCommandTests {
    static let example = repositoryRoot.appendingPathComponent("Tests/CommandTests/Fixtures/small-week")
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/ImportTests/Fixtures/attendance")

    /// A fresh plan of the small week (V1 at S1 and S4, V2 at S1 and S2, V3 at S3, V4 at S4).
    static func planned() throws -> URL {
        let out = temporaryFolder("po-plan-week").appendingPathComponent("plan")
        let run = try CommandRunner.run(["plan", example.path, "--out", out.path, "--quiet", "--eml",
                                         "--site-url", "https://example.org/po", "--site-key", "week-command-tests-key"])
        #expect(run.status == 0, "\(run.standardError)")
        return out
    }

    @Test func attendanceFromAnExcelSavedFileGivesCertificatesToThoseWhoCameOnly() throws {
        let out = try Self.planned()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("attendance.csv").path))
        let run = try CommandRunner.run(["attendance", out.path, Self.fixtures.appendingPathComponent("attendance-excel.csv").path,
                                         "--date", "2025-11-12"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("Recorded attendance on 2025-11-12: 4 of 6 expected visits made; 3 certificate(s)"))
        for secret in ["Alice", "Bart", "Chloé", "Dirk", "@example.org"] { #expect(!run.standardError.contains(secret), "logs name nobody") }
        let files = filesUnder(out)
        #expect(files.keys.filter { $0.hasPrefix("certificates/") }.sorted() == ["certificates/V1.html", "certificates/V2.html", "certificates/V3.html"],
                "V4 was marked 'non'")
        let v2 = String(decoding: try #require(files["certificates/V2.html"]), as: UTF8.self)
        #expect(v2.contains("Maison médicale Les Tilleuls") && !v2.contains("Wijkgezondheidscentrum De Linde"),
                "V2 came to S1, not to S2 (left empty)")
        #expect(files["mails/certificates/eml/visitor-V1.eml"] != nil && files["attendance.json"] != nil)
        let report = String(decoding: try #require(files["report.html"]), as: UTF8.self)
        #expect(report.contains("4 visites effectuées sur 6 prévues"))

        // publish keeps what was recorded, byte for byte.
        let again = try CommandRunner.run(["publish", out.path, "--quiet"])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(filesUnder(out) == files)
    }

    @Test func aMistakeRecordsNothingAndSaysWhere() throws {
        let out = try Self.planned()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let before = filesUnder(out)
        let run = try CommandRunner.run(["attendance", out.path, Self.fixtures.appendingPathComponent("attendance-mistakes.csv").path])
        #expect(run.status == 1)
        #expect(run.standardError.contains("attendance-mistakes.csv:3:1: error: there is no visitor 'V9' in this plan"))
        #expect(run.standardError.contains("attendance-mistakes.csv:7:7: error: present must say whether the person came"))
        #expect(run.standardError.contains("6 error(s) in attendance-mistakes.csv: nothing was recorded."))
        #expect(filesUnder(out) == before)
    }

    @Test func attendanceFromAWorkbook() throws {
        let out = try Self.planned()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let run = try CommandRunner.run(["attendance", out.path, Self.fixtures.appendingPathComponent("attendance.xlsx").path, "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(filesUnder(out).keys.filter { $0.hasPrefix("certificates/") }.count == 3)
    }

    @Test func feedbackSummariesNeverNameARespondent() throws {
        let out = try Self.planned()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let run = try CommandRunner.run(["feedback", out.path, Self.fixtures.appendingPathComponent("answers.csv").path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("Whole week: 4 answer(s); Satisfaction (1 à 5): 3.5/5; Utilité pour mon travail (1 à 5): 3.0/5\n"))
        #expect(run.standardOutput.contains("Maison médicale Les Tilleuls: 1 answer(s); Satisfaction (1 à 5): 5.0/5"))
        let files = filesUnder(out)
        let report = String(decoding: try #require(files["report.html"]), as: UTF8.self)
        let kept = String(decoding: try #require(files["feedback.json"]), as: UTF8.self)
        #expect(report.contains("Goed ontvangen door het team") && report.contains("<h2 id=\"feedback\">"))
        for text in [run.standardOutput, run.standardError, report, kept] {
            for secret in ["Alice", "alice@example.org", "Bart", "bart@example.org", "Chloé", "chloe@example.org",
                           "Zoé", "Inconnue", "zoe.inconnue@example.org", "10:00"] {
                #expect(!text.contains(secret), "\(secret) is a respondent's")
            }
        }
    }
}
