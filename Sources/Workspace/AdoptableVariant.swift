import Import
import Publish
import Scheduling

/// A compared variant that can become the plan of the week: its change written to the canonical
/// files it touches (`changes(of:base:)`), after which the files give the week its plan was made
/// from (`isGiven(by:)`), so the plan is kept without solving again.
struct AdoptableVariant: Sendable {
    let variant: PlanVariant
    /// The plan made with the change.
    let plan: Plan
    /// The week with the change, as the plan was made from it.
    let input: PlanningInput
    /// The change, file by file.
    let changes: [FileChange]
    /// The version of each file of `files(of: variant)` when the comparison began.
    let versions: [String: String]

    /// Whether `reread`, the week read again from its files once the change is written, is the week
    /// the variant's plan was made from (every event value, host, session, visitor and pin; a pin's
    /// line in pins.csv aside, as rows above it may have gone).
    func isGiven(by reread: PlanningInput) -> Bool {
        reread.event == input.event && reread.hosts == input.hosts && reread.sessions == input.sessions
            && reread.visitors == input.visitors && Self.decisions(reread.pins) == Self.decisions(input.pins)
    }

    /// What each pin decides, without where it was written.
    private static func decisions(_ pins: [Pin]) -> [Pin] {
        pins.map { pin in
            var decision = pin
            decision.line = nil
            return decision
        }
    }

    /// The files a variant's change is written to: their versions are taken before the week is read.
    static func files(of variant: PlanVariant) -> [String] {
        switch variant {
        case .maxVisits: return [InputFolder.eventFile, InputFolder.visitorsFile]
        case .objective: return [InputFolder.eventFile]
        case .addSession, .resizeSession: return [InputFolder.sessionsFile]
        case .removeSession: return [InputFolder.sessionsFile, InputFolder.pinsFile, InputFolder.visitorsFile]
        case .hostDailyLimit: return [InputFolder.hostsFile]
        }
    }
}
