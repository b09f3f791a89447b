import Foundation
import Scheduling
import Testing
@testable import Import

/// Reading an evaluation form's export: which column names the host, which are scores and which
/// comments; columns about the respondent are never read, and comments lose names and e-mails.
@Suite struct FeedbackFileTests {
    static func read() -> FeedbackFile.Reading {
        FeedbackFile.read(at: AttendanceFileTests.folder.appendingPathComponent("answers.csv"), input: AttendanceFileTests.input)
    }

    @Test func columnsAreToldApartByWhatTheyHold() throws {
        let feedback = try #require(Self.read().feedback)
        #expect(feedback.questions == [
            Feedback.Question(label: "Satisfaction (1 à 5)", isScore: true, scale: 5),
            Feedback.Question(label: "Utilité pour mon travail (1 à 5)", isScore: true, scale: 5),
            Feedback.Question(label: "Commentaires", isScore: false),
        ], "the id, time, name and e-mail columns are not questions")
        #expect(feedback.answers.map(\.hostID) == ["H1", "H2", "H3", nil], "by name, host id and session id; an unknown host is none")
        #expect(feedback.answers.map(\.scores) == [[5, 4, nil], [4, 3, nil], [3, nil, nil], [2, 2, nil]])
    }

    @Test func anUnknownHostIsAWarningAtItsCell() {
        let warnings = Self.read().diagnostics.map(\.description)
        #expect(warnings == ["answers.csv:5:5: warning: 'Ailleurs' is no host of this plan: the answer counts in the whole week only"])
    }

    @Test func commentsLoseEveryNameAndEMail() throws {
        let texts = try #require(Self.read().feedback).answers.compactMap { $0.texts[2] }
        #expect(texts == [
            "Très riche, merci ! … a adoré. Écrivez-moi : …",
            "Goed ontvangen door het team",
            "Une journée entière, bien organisée",
            "… … trouvait ça long …",
        ], "a registered visitor's name, the respondent's own name (Zoé Inconnue did not register) and e-mails go")
        for secret in ["Alice", "alice@", "Zoé", "Inconnue", "zoe.inconnue"] {
            #expect(!texts.joined().contains(secret))
        }
    }
}
