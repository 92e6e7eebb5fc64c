import Foundation
import TendDomain

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

    /// The key of a reference: its `reference` text, else its logical identifier (an MRN, or an
    /// MBI by its system or type), else nil.
    public static func key(_ reference: FHIRReference) -> String? {
        if let text = reference.reference, !text.isEmpty { return key(text) }
        guard let identifier = reference.identifier, let value = identifier.value?.trimmingCharacters(in: .whitespaces),
              !value.isEmpty else { return nil }
        if identifier.system == FHIRSystem.mbi || identifier.hasType("MB") || identifier.hasType("MC") {
            return (try? MBI(validating: value)).map(mbiKey)
        }
        return mrnKey(value)
    }

    /// The key a patient is known by through its MRN.
    public static func mrnKey(_ mrn: String) -> String { "identifier:MR:\(mrn)" }

    /// The key a patient is known by through its MBI.
    public static func mbiKey(_ mbi: MBI) -> String { "identifier:MB:\(mbi.rawValue)" }

    /// The keys a resource is known by: `Type/id` and its entry's full URL.
    public static func keys(type: String, id: String?, fullUrl: String?) -> [String] {
        var keys: [String] = []
        if let id, !id.isEmpty { keys.append("\(type)/\(id)") }
        if let fullUrl, !fullUrl.isEmpty { keys.append(key(fullUrl)) }
        return keys
    }
}
