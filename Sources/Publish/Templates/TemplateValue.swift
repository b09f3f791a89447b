import Scheduling

/// Values for template contexts built from optional parts (an address, a contact line).
enum TemplateValue {
    /// The present parts joined, or nil when none is present.
    static func joined(_ parts: [String?], separator: String) -> String? {
        let present = parts.compactMap { $0?.trimmingSpaces() }.filter { !$0.isEmpty }
        return present.isEmpty ? nil : present.joined(separator: separator)
    }
}
