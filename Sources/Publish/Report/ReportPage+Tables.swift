import Matching
import Scheduling

/// The report's tables that are not charts: cancelled sessions with their cause, the
/// sector-to-sector matrices and the unassigned visitors with their reasons.
extension ReportPage {
    /// `hasCancelled`, `cancelledSessions`, `matrices`, `hasUnassigned` and `unassigned`.
    var tables: [String: Any] {
        let cancelled = cancelledSessions()
        let unassigned = optimal.plan.unassigned.map { u -> [String: Any] in
            ["visitorID": u.visitorID, "reason": ReasonText.text(u.reason, in: Language(code: language.rawValue)!, input: input)]
        }
        return [
            "hasCancelled": !cancelled.isEmpty, "cancelledSessions": cancelled,
            "matrices": [matrix(optimal, isOptimal: true), matrix(fcfs, isOptimal: false)],
            "hasUnassigned": !unassigned.isEmpty, "unassigned": unassigned,
        ]
    }

    /// The cancelled sessions of the optimal plan, in time order, with their cause.
    private func cancelledSessions() -> [[String: Any]] {
        input.sessions.filter { optimal.cancellations[$0.id] != nil }
            .sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
            .map { s -> [String: Any] in
                let cause = optimal.cancellations[s.id]!
                var minimum: Any = false
                if case .minimumNotReached(let n) = cause { minimum = n }
                return [
                    "sessionID": s.id, "hostName": MarkdownText.oneLine(input.host(of: s).name),
                    "when": LocalizedDateText.dateTitle(s.date, in: language) + ", "
                        + LocalizedDateText.timeRange(from: s.start, to: s.end, in: language),
                    "calledOff": cause == .calledOffByHost, "nobodyChose": cause == .nobodyChose, "nobodyEligible": cause == .nobodyEligible,
                    "minimumNotReached": minimum, "placedElsewhere": cause == .visitorsPlacedElsewhere,
                ]
            }
    }

    /// Which sectors met: visits per visitor sector (rows) and host sector (columns), only the
    /// sectors with a visit in either plan; a sector is shown as most people wrote it.
    private func matrix(_ figures: PlanFigures, isOptimal: Bool) -> [String: Any] {
        let pairs = Array(optimal.sectorVisits.keys) + Array(fcfs.sectorVisits.keys)
        let rowKeys = Set(pairs.map(\.visitor)).sorted(), columnKeys = Set(pairs.map(\.host)).sorted()
        let visitorNames = spellings(input.visitors.map(\.sector)), hostNames = spellings(input.hosts.map(\.sector))
        let unknown = library.line("sectorUnknown", [:])
        let largest = max(1, figures.sectorVisits.values.max() ?? 1)
        return [
            "isOptimal": isOptimal,
            "columns": columnKeys.map { hostNames[$0] ?? unknown },
            "rows": rowKeys.map { row -> [String: Any] in
                ["sector": visitorNames[row] ?? unknown, "cells": columnKeys.map { column -> [String: Any] in
                    let n = figures.sectorVisits[PlanFigures.SectorPair(visitor: row, host: column)] ?? 0
                    return ["count": n > 0 ? String(n) : "", "shade": Self.shade(n, of: largest)]
                }]
            },
        ]
    }

    /// For each folded sector, the spelling most people used (ties: the first seen); "" has none.
    private func spellings(_ sectors: [String?]) -> [String: String] {
        var counts: [String: [String: Int]] = [:], order: [String: Int] = [:]
        for (i, raw) in sectors.enumerated() {
            guard let raw else { continue }
            let text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !text.isEmpty else { continue }
            counts[PlanFigures.fold(text), default: [:]][text, default: 0] += 1
            if order[text] == nil { order[text] = i }
        }
        return counts.mapValues { spellings in
            spellings.max { ($0.value, -order[$0.key]!) < ($1.value, -order[$1.key]!) }!.key
        }
    }

    /// A background from white (none) to a light blue (the most), dark text stays readable.
    static func shade(_ n: Int, of largest: Int) -> String {
        guard n > 0 else { return "#ffffff" }
        let t = 0.15 + 0.85 * Double(n) / Double(largest)
        let channel = { (to: Double) in Int((255 - (255 - to) * t).rounded()) }
        let hex = { (v: Int) in String(v, radix: 16).count == 1 ? "0" + String(v, radix: 16) : String(v, radix: 16) }
        return "#" + hex(channel(0x8f)) + hex(channel(0xb4)) + hex(channel(0xe3))
    }
}
