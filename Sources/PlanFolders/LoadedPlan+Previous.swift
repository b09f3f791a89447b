import Foundation
import Publish
import Scheduling

/// Reading back a re-planned folder: plan.json names the previous plan (contract §6), which is
/// read again so that the change mails, the report's section on changes and the waiting lists
/// are written again as `plan --previous` wrote them.
extension LoadedPlan {
    /// The previous plan named in plan.json, if any, with the plan's `previous` and `changes`
    /// restored; a previous plan that can no longer be read is a warning, and the change mails
    /// are then left out.
    static func withPrevious(_ plan: Plan, planJSON: Data, input: inout PlanningInput, listener: Listener) -> Plan {
        guard let root = try? JSONSerialization.jsonObject(with: planJSON) as? [String: Any],
              let path = root["previous"] as? String else { return plan }
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var file = url
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            file.appendPathComponent("plan.json")
        }
        guard let data = try? Data(contentsOf: file), let document = try? PlanJSON.read(data) else {
            listener.progress("warning: the previous plan \(path) named in plan.json cannot be read: the change mails are left out")
            return plan
        }
        input.previous = PreviousPlan(path: path, assignments: document.assignments)
        var restored = plan
        restored.previous = path
        restored.changes = PlanChange.between(previous: document.assignments, current: plan.assignments, visitors: input.visitors)
        return restored
    }
}
