import Foundation
import Publish
import Scheduling

/// The plans kept in `WEEK_DIR/plans/`, each in a folder named by its dated id. A plan is found by
/// an id from this listing only: an id from a request is compared with the folder's names and never
/// used to make a path itself.
public struct PlanShelf: Sendable {
    /// The `plans/` folder.
    public let url: URL

    /// What a plan's plan.json says, for the lists.
    public struct Summary: Sendable {
        public let id: String
        public let status: String
        public let assigned: Int
        public let unassigned: Int
        /// The id of the plan it re-planned, when that plan is on the shelf.
        public let previous: String?
    }

    /// The ids of the plans on the shelf (folders holding plan.json), oldest first.
    public func ids() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { Self.isPlanID($0) && FileManager.default.fileExists(atPath: url.appendingPathComponent($0).appendingPathComponent("plan.json").path) }
            .sorted()
    }

    /// The id on the shelf equal to `given`, or nil.
    public func id(_ given: String) -> String? {
        ids().first { $0 == given }
    }

    /// The folder of a plan listed on the shelf.
    public func folder(_ id: String) -> URL? {
        self.id(id).map { url.appendingPathComponent($0) }
    }

    /// The newest plan.
    public var latest: String? { ids().last }

    /// The plan marked as sent, if it is still on the shelf.
    public var sent: String? {
        guard let text = try? String(contentsOf: url.appendingPathComponent("sent.txt"), encoding: .utf8) else { return nil }
        return id(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// What plan `id`'s plan.json says; nil when it cannot be read.
    public func summary(_ id: String) -> Summary? {
        guard let folder = folder(id), let data = try? Data(contentsOf: folder.appendingPathComponent("plan.json")),
              let document = try? PlanJSON.read(data) else { return nil }
        let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let previous = (root?["previous"] as? String).flatMap { self.id(URL(fileURLWithPath: $0).lastPathComponent) }
        return Summary(id: id, status: document.status.rawValue, assigned: document.assignments.count,
                       unassigned: document.unassignedIDs.count, previous: previous)
    }

    /// A new id for a plan made at `date`: `YYYY-MM-DD-HHMMSS` in the local time of the computer,
    /// with `-2`, `-3`… when the second is taken.
    public func newID(at date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        let base = formatter.string(from: date)
        let taken = Set((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
        if !taken.contains(base) { return base }
        return (2...).lazy.map { "\(base)-\($0)" }.first { !taken.contains($0) }!
    }

    /// Whether `name` has the form of a plan id.
    static func isPlanID(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard (4...5).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        return parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2 && parts[3].count == 6
    }
}
