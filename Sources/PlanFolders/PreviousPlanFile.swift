import Foundation
import Publish
import Scheduling

/// The plan people were told, read for a re-plan (`plan --previous`): a plan folder or its plan.json.
public enum PreviousPlanFile {
    /// Reads the previous plan; an unreadable file or a plan of another event is an error.
    public static func read(_ path: String, event: Event) throws -> PreviousPlan {
        var url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw PlanFolderFailure("error: --previous: there is nothing at '\(path)'; give the folder of the plan people were told")
        }
        if isDirectory.boolValue { url.appendPathComponent("plan.json") }
        let document: PlanJSON.Document
        do {
            document = try PlanJSON.read(try Data(contentsOf: url))
        } catch let error as PlanJSON.ReadError {
            throw PlanFolderFailure("error: --previous: \(url.path): \(error.description)")
        } catch {
            throw PlanFolderFailure("error: --previous: \(url.path) cannot be read (\(error.localizedDescription))")
        }
        guard document.eventName == event.name else {
            throw PlanFolderFailure("error: --previous: \(url.path) is a plan of '\(document.eventName)', not of '\(event.name)' "
                + "(the name in event.yaml); give a previous plan of this event")
        }
        return PreviousPlan(path: path, assignments: document.assignments)
    }

    /// The folder of the previous plan: the one given, or the one holding the plan.json given.
    public static func folder(_ path: String) -> URL {
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: path)
        FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        return isDirectory.boolValue ? url : url.deletingLastPathComponent()
    }
}
