import Foundation

/// How the importer links a Condition, Encounter or Coverage to its Patient, and a Patient to
/// its Practitioner: by `Type/id` (from a relative reference, an absolute URL or `_history` form)
/// or by a Bundle's `urn:uuid:` full URL.
public enum FHIRReferenceKey {
    /// The key of a reference text: `urn:...` as it is, otherwise its last `Type/id`.
    public static func key(_ reference: String) -> String {
        let text = reference.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("urn:") { return text }
        var parts = text.split(separator: "/").map(String.init)
        if let history = parts.firstIndex(of: "_history") { parts = Array(parts[..<history]) }
        guard parts.count >= 2 else { return text }
        return parts[parts.count - 2] + "/" + parts[parts.count - 1]
    }

    /// The keys a resource is known by: `Type/id` and its entry's full URL.
    public static func keys(type: String, id: String?, fullUrl: String?) -> [String] {
        var keys: [String] = []
        if let id, !id.isEmpty { keys.append("\(type)/\(id)") }
        if let fullUrl, !fullUrl.isEmpty { keys.append(key(fullUrl)) }
        return keys
    }
}
