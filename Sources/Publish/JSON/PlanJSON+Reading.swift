import Foundation
import Scheduling

/// Reading plan.json back, for `po-plan publish`: what the contract's section 5 keeps of a plan.
extension PlanJSON {
    /// What plan.json holds, as read.
    public struct Document: Sendable, Equatable {
        public let eventName: String
        public let status: Plan.Status
        public let objective: [TierResult]
        public let assignments: [Assignment]
        public let sessionIDs: [String]
        public let unassignedIDs: [String]
    }

    /// A plan.json that cannot be read, with what is wrong.
    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads plan.json; throws a `ReadError` naming the first thing that is not as the contract says.
    public static func read(_ data: Data) throws -> Document {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ReadError(description: "plan.json is not a JSON object")
        }
        func list(_ key: String) throws -> [[String: Any]] {
            guard let items = root[key] as? [[String: Any]] else { throw ReadError(description: "plan.json has no list \"\(key)\"") }
            return items
        }
        func string(_ item: [String: Any], _ key: String, in list: String) throws -> String {
            guard let value = item[key] as? String else {
                throw ReadError(description: "an entry of \"\(list)\" in plan.json has no text \"\(key)\"")
            }
            return value
        }
        guard let event = root["event"] as? [String: Any], let name = event["name"] as? String else {
            throw ReadError(description: "plan.json has no event name")
        }
        guard let statusText = root["status"] as? String, let status = Plan.Status(rawValue: statusText) else {
            throw ReadError(description: "plan.json has no status optimal, feasible or infeasible")
        }
        let objective = try list("objective").map { item -> TierResult in
            guard let tier = (item["name"] as? String).flatMap(ObjectiveTier.init(rawValue:)),
                  let value = item["value"] as? Int, let bound = item["bound"] as? Int else {
                throw ReadError(description: "an entry of \"objective\" in plan.json is not a tier with a value and a bound")
            }
            return TierResult(tier: tier, value: value, bound: bound)
        }
        let assignments = try list("assignments").map { item -> Assignment in
            let rank: Int?
            switch item["rank"] {
            case let r as Int: rank = r
            case is NSNull, nil: rank = nil
            default: throw ReadError(description: "an assignment in plan.json has a rank that is neither a number nor null")
            }
            return Assignment(visitorID: try string(item, "visitor_id", in: "assignments"),
                              sessionID: try string(item, "session_id", in: "assignments"), rank: rank)
        }
        return Document(eventName: name, status: status, objective: objective, assignments: assignments,
                        sessionIDs: try list("sessions").map { try string($0, "session_id", in: "sessions") },
                        unassignedIDs: try list("unassigned").map { try string($0, "visitor_id", in: "unassigned") })
    }
}
