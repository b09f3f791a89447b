import Foundation
import Publish
import Scheduling

/// The records of the week a plan folder keeps once they are given (`po-plan attendance`,
/// `po-plan feedback`): every later `publish` of the folder reads them again, so certificates,
/// the report's attendance and its feedback stay. A new plan starts without them.
extension PlanFolder {
    /// The attendance recorded in the folder, if any.
    public var keptAttendance: Attendance? {
        (try? Data(contentsOf: url.appendingPathComponent(WeekRecordsJSON.attendanceFile))).flatMap(WeekRecordsJSON.attendance)
    }

    /// The evaluation form's answers kept in the folder, if any.
    public var keptFeedback: Feedback? {
        (try? Data(contentsOf: url.appendingPathComponent(WeekRecordsJSON.feedbackFile))).flatMap(WeekRecordsJSON.feedback)
    }

    /// The files of the records given.
    public func weekRecords(attendance: Attendance?, feedback: Feedback?) -> [PublishedFile] {
        var files: [PublishedFile] = []
        if let attendance { files.append(PublishedFile(path: WeekRecordsJSON.attendanceFile, text: WeekRecordsJSON.render(attendance))) }
        if let feedback { files.append(PublishedFile(path: WeekRecordsJSON.feedbackFile, text: WeekRecordsJSON.render(feedback))) }
        return files
    }
}
