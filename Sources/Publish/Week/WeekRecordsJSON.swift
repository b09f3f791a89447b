import Foundation
import Scheduling

/// The records a plan folder keeps of the week once it happened, kept by every later `publish`:
/// `attendance.json` (who came, by id, and the day it was recorded) and `feedback.json` (the
/// evaluation form's answers, anonymous). Neither names anyone.
public enum WeekRecordsJSON {
    /// The file names in the plan folder.
    public static let attendanceFile = "attendance.json", feedbackFile = "feedback.json"

    /// `attendance.json`'s text.
    public static func render(_ attendance: Attendance) -> String {
        JSONValue.object([
            ("recorded_on", .string(attendance.recordedOn.description)),
            ("marks", .array(attendance.marks.map { mark in
                .object([("visitor_id", .string(mark.visitorID)), ("session_id", .string(mark.sessionID)),
                         ("present", .bool(mark.present))])
            })),
        ]).document()
    }

    /// Reads `attendance.json`; nil when the bytes are not one.
    public static func attendance(_ data: Data) -> Attendance? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let day = (root["recorded_on"] as? String).flatMap({ LocalDate(iso: $0) }),
              let marks = root["marks"] as? [[String: Any]] else { return nil }
        var read: [Attendance.Mark] = []
        for mark in marks {
            guard let visitor = mark["visitor_id"] as? String, let session = mark["session_id"] as? String,
                  let present = mark["present"] as? Bool else { return nil }
            read.append(Attendance.Mark(visitorID: visitor, sessionID: session, present: present))
        }
        return Attendance(recordedOn: day, marks: read)
    }

    /// `feedback.json`'s text.
    public static func render(_ feedback: Feedback) -> String {
        JSONValue.object([
            ("questions", .array(feedback.questions.map { q in
                .object([("label", .string(q.label)), ("score", .bool(q.isScore)), ("scale", .int(q.scale))])
            })),
            ("answers", .array(feedback.answers.map { a in
                .object([("host_id", .string(a.hostID)), ("scores", .array(a.scores.map { .int($0) })),
                         ("texts", .array(a.texts.map { .string($0) }))])
            })),
        ]).document()
    }

    /// Reads `feedback.json`; nil when the bytes are not one.
    public static func feedback(_ data: Data) -> Feedback? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let questions = root["questions"] as? [[String: Any]], let answers = root["answers"] as? [[String: Any]] else { return nil }
        let q = questions.compactMap { item -> Feedback.Question? in
            guard let label = item["label"] as? String, let score = item["score"] as? Bool else { return nil }
            return Feedback.Question(label: label, isScore: score, scale: item["scale"] as? Int ?? 5)
        }
        guard q.count == questions.count else { return nil }
        let a = answers.map { item in
            Feedback.Answer(hostID: item["host_id"] as? String,
                            scores: (item["scores"] as? [Any] ?? []).map { $0 as? Int },
                            texts: (item["texts"] as? [Any] ?? []).map { $0 as? String })
        }
        return Feedback(questions: q, answers: a)
    }
}
