import Hummingbird
import Publish

/// The language of the workspace's pages: the one chosen with the switch (`?lang=`, then kept in a
/// cookie), else the first of the browser's languages that po-plan writes, else French.
enum PageLanguage {
    /// The cookie that keeps the choice.
    static let cookie = "po-plan-lang"

    /// The language for `request`, and whether it was chosen just now (the cookie is then set).
    static func of(_ request: Request) -> (code: String, chosen: Bool) {
        let codes = WorkspacePages.languageCodes
        if let asked = request.uri.queryParameters.get("lang"), codes.contains(asked) { return (asked, true) }
        if let kept = request.cookies[cookie]?.value, codes.contains(kept) { return (kept, false) }
        return (fromAcceptLanguage(request.headers[.acceptLanguage] ?? ""), false)
    }

    /// The best of fr, nl and en in an Accept-Language header (by weight, then order); French when none.
    static func fromAcceptLanguage(_ header: String) -> String {
        let codes = WorkspacePages.languageCodes
        var best: (code: String, weight: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard codes.contains(primary) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0, best == nil || weight > best!.weight { best = (primary, weight) }
        }
        return best?.code ?? "fr"
    }
}
