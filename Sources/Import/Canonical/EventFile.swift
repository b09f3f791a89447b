import Foundation
import Scheduling
import Yams

/// event.yaml: the event's name and rules, read with Yams and checked key by key at their positions.
struct EventFile {
    static let name = ContractFile.eventName
    static let keys = ["name", "bassin", "timezone", "max_choices", "default_max_visits", "travel", "objective", "contact"]
    static let contactKeys = ["name", "email", "phone"]
    static let travelKeys = ["speed_kmh", "overhead_min", "default_min"]

    /// The file name as the user knows it.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    /// Reads the text of event.yaml, applying the contract's defaults; nil when it has errors.
    static func read(_ text: String, file: String = name, diagnostics: inout [Diagnostic]) -> Event? {
        var reader = EventFile(file: file)
        let event = reader.parse(text)
        diagnostics += reader.diagnostics
        return reader.diagnostics.containsError ? nil : event
    }

    private mutating func parse(_ text: String) -> Event? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            diagnostics.append(yaml.report(error))
            return nil
        }
        guard let root, !root.isNull else {
            diagnostics.append(.error("the file is empty; it needs at least a line like 'name: Le Grand Bain'", file: file))
            return nil
        }
        guard let mapping = root.mapping else {
            diagnostics.append(yaml.error(at: root, "the file must hold 'key: value' lines, like 'name: Le Grand Bain'"))
            return nil
        }
        var event = Event(name: "")
        var hasName = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "name":
                hasName = true
                guard let name = scalar(value, key) else { continue }
                if name.isEmpty { diagnostics.append(yaml.error(at: value, "name is empty; it is required")) }
                event.name = name
            case "bassin":
                event.bassin = scalar(value, key).flatMap { $0.isEmpty ? nil : $0 }
            case "timezone":
                guard let zone = scalar(value, key), !zone.isEmpty else { continue }
                event.timezone = zone
                if !TimeZoneName.isKnown(zone) { diagnostics.append(yaml.error(at: value, TimeZoneName.message(for: zone))) }
            case "max_choices":
                if let k = wholeNumber(value, key, in: ValueRange.maxChoices) { event.maxChoices = k }
            case "default_max_visits":
                if let m = wholeNumber(value, key, in: ValueRange.maxVisits) { event.defaultMaxVisits = m }
            case "travel":
                event.travel = travel(value)
            case "objective":
                if let tiers = objective(value) { event.objective = tiers }
            case "contact":
                event.contact = contact(value)
            default:
                diagnostics.append(yaml.warning(at: keyNode, "unknown key '\(key)' is ignored"
                    + IdSuggestion.hint(for: key, among: Self.keys)))
            }
        }
        if !hasName {
            diagnostics.append(.error("the key 'name' is missing; add a line like 'name: Le Grand Bain'", file: file, line: 1))
        }
        return event
    }

    /// The `travel:` block, its missing keys taking their defaults.
    private mutating func travel(_ node: Node) -> TravelPolicy {
        var policy = TravelPolicy()
        if node.isNull { return policy }
        guard let mapping = node.mapping else {
            diagnostics.append(yaml.error(at: node, "travel must hold the keys speed_kmh, overhead_min and default_min, "
                + "each on its own indented line"))
            return policy
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "speed_kmh":
                if let v = decimal(value, key, in: ValueRange.speedKmh, "a number of km/h \(ValueRange.words(ValueRange.speedKmh)), like 12") { policy.speedKmh = v }
            case "overhead_min":
                if let v = decimal(value, key, in: ValueRange.overheadMinutes, "a number of minutes \(ValueRange.words(ValueRange.overheadMinutes)), like 10") { policy.overheadMinutes = v }
            case "default_min":
                if let v = wholeNumber(value, key, in: ValueRange.defaultMinutes) { policy.defaultMinutes = v }
            default:
                diagnostics.append(yaml.warning(at: keyNode, "unknown key 'travel.\(key)' is ignored"
                    + IdSuggestion.hint(for: key, among: Self.travelKeys)))
            }
        }
        return policy
    }

    /// The `contact:` block: the coordination team's name, e-mail and phone, each optional.
    private mutating func contact(_ node: Node) -> Contact? {
        if node.isNull { return nil }
        guard let mapping = node.mapping else {
            diagnostics.append(yaml.error(at: node, "contact must hold the keys name, email and phone, "
                + "each on its own indented line"))
            return nil
        }
        var contact = Contact()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard let text = scalar(value, "contact.\(key)") else { continue }
            let given = text.isEmpty ? nil : text
            switch key {
            case "name": contact.name = given
            case "phone": contact.phone = given
            case "email":
                if let given, given.split(separator: "@", omittingEmptySubsequences: false).count != 2 || given.contains(where: \.isWhitespace) || given.hasPrefix("@") || given.hasSuffix("@") {
                    diagnostics.append(yaml.error(at: value, "contact.email must be one e-mail address like "
                        + "portesouvertes@example.org, found '\(given)'"))
                } else {
                    contact.email = given
                }
            default:
                diagnostics.append(yaml.warning(at: keyNode, "unknown key 'contact.\(key)' is ignored"
                    + IdSuggestion.hint(for: key, among: Self.contactKeys)))
            }
        }
        return contact.isEmpty ? nil : contact
    }

    /// The `objective:` list: distinct names among priority, coverage, preference and mix.
    private mutating func objective(_ node: Node) -> [ObjectiveTier]? {
        let names = ObjectiveTier.stated.map(\.rawValue)
        let expected = "a non-empty list of distinct names among \(names.dropLast().joined(separator: ", ")) and "
            + "\(names.last!), like [coverage, preference, mix]"
        if node.isNull { return nil }
        guard let items = node.sequence, !items.isEmpty else {
            diagnostics.append(yaml.error(at: node, "objective must be \(expected), found '\(node.string ?? "[]")'"))
            return nil
        }
        var tiers: [ObjectiveTier] = []
        var valid = true
        for item in items {
            let name = item.string ?? ""
            guard let tier = ObjectiveTier(rawValue: name.lowercased()), ObjectiveTier.stated.contains(tier) else {
                diagnostics.append(yaml.error(at: item, "objective must be \(expected), found '\(name)'"
                    + (name.lowercased() == ObjectiveTier.keep.rawValue
                        ? "; keep comes first by itself when you plan with --previous"
                        : IdSuggestion.hint(for: name, among: names))))
                valid = false
                continue
            }
            if tiers.contains(tier) {
                diagnostics.append(yaml.error(at: item, "objective names '\(name)' twice; each tier can appear once"))
                valid = false
            }
            tiers.append(tier)
        }
        return valid ? tiers : nil
    }

    // MARK: Values

    /// The text of a single value ("" for an empty one); an error for a list or a block.
    private mutating func scalar(_ node: Node, _ key: String) -> String? {
        if node.isNull { return "" }
        guard let text = node.scalar?.string else {
            diagnostics.append(yaml.error(at: node, "\(key) must be a single value, found \(node.foundDescription)"))
            return nil
        }
        return text.trimmingSpaces()
    }

    private mutating func wholeNumber(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = scalar(node, key), !text.isEmpty else { return nil }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 19, let value = Int(text), range.contains(value) else {
            diagnostics.append(yaml.error(at: node, "\(key) must be a whole number \(ValueRange.words(range)), found '\(text)'"))
            return nil
        }
        return value
    }

    private mutating func decimal(_ node: Node, _ key: String, in range: ClosedRange<Double>, _ expected: String) -> Double? {
        guard let text = scalar(node, key), !text.isEmpty else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            diagnostics.append(yaml.error(at: node, "\(key) must be \(expected), found '\(text)'"))
            return nil
        }
        return value
    }

    /// Locates diagnostics at the nodes of this file.
    private var yaml: YAMLDiagnostics { YAMLDiagnostics(file: file) }
}
