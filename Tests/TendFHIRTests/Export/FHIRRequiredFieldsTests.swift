import Foundation
import Testing
import TendDomain
@testable import TendFHIR

/// Every resource the export writes carries the elements the R4 specification (and, for the
/// profiles claimed, US Core) makes required, for the parts tend emits. The list is written
/// here, from the specification's cardinalities, not derived from the code.
@Suite struct FHIRRequiredFieldsTests {
    /// Paths that must be present and non-empty; `a.*.b` means "in every element of a".
    /// R4 min cardinality 1 unless marked (US Core): the must-have elements of the profile.
    static let required: [String: [String]] = [
        "Patient": ["resourceType", "id",
                    "identifier", "identifier.*.system", "identifier.*.value",          // US Core 1..* with system, value 1..1
                    "name", "name.*.family",                                             // US Core name 1..*
                    "_gender.extension.*.url",                                           // US Core gender 1..1 (absent with a reason)
                    "communication.*.language",                                          // R4 communication.language 1..1
                    "telecom.*.system", "telecom.*.value"],                              // US Core 1..1 within telecom
        "Condition": ["resourceType", "id", "subject", "code", "code.coding.*.system", "code.coding.*.code",
                      "category", "clinicalStatus.coding.*.code"],                       // US Core category 1..*, code 1..1
        "CarePlan": ["resourceType", "id", "status", "intent", "subject",               // R4 1..1
                     "text", "text.status", "text.div",                                  // US Core text 1..1
                     "category", "category.*.coding.*.code",                             // US Core assess-plan slice
                     "activity.*.detail.status"],                                        // R4 activity.detail.status 1..1
        "Goal": ["resourceType", "id", "lifecycleStatus", "description", "subject",     // R4 1..1
                 "target.*.dueDate"],                                                    // US Core must support due
        "Consent": ["resourceType", "id", "status", "scope", "category",                // R4 1..1, 1..*
                    "policyRule",                                                        // ppc-1: policy or policyRule
                    "provision.actor.*.role", "provision.actor.*.reference"],           // R4 actor.role/reference 1..1
        "ChargeItem": ["resourceType", "id", "status", "code", "subject",               // R4 1..1
                       "performer.*.actor"],                                              // R4 performer.actor 1..1
        "DocumentReference": ["resourceType", "id", "status", "content", "content.*.attachment",   // R4
                              "type", "category", "subject",                             // US Core 1..1, 1..*, 1..1
                              "content.*.attachment.contentType", "content.*.attachment.data"],  // US Core contentType 1..1; data or url
    ]

    /// Values a required element must hold (R4 value sets, US Core fixed codes).
    static let allowed: [String: [String: Set<String>]] = [
        "CarePlan": ["status": ["draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"],
                     "intent": ["proposal", "plan", "order", "option"]],
        "Goal": ["lifecycleStatus": ["proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                                     "entered-in-error", "rejected"]],
        "Consent": ["status": ["draft", "proposed", "active", "rejected", "inactive", "entered-in-error"]],
        "ChargeItem": ["status": ["planned", "billable", "not-billable", "aborted", "billed", "entered-in-error", "unknown"]],
        "DocumentReference": ["status": ["current", "superseded", "entered-in-error"]],
    ]

    @Test func everyResourceHasItsRequiredElements() throws {
        let resources = try ExportSample().resources()
        #expect(Set(resources.map(\.type)) == Set(FHIRBulkOutput.resourceTypes))
        for (type, json, _) in resources {
            #expect(json["resourceType"] as? String == type)
            for path in Self.required[type] ?? [] {
                #expect(Self.present(path.split(separator: ".").map(String.init), in: json), "\(type) lacks \(path)")
            }
            for (key, values) in Self.allowed[type] ?? [:] {
                #expect(values.contains(json[key] as? String ?? ""), "\(type).\(key) = \(String(describing: json[key]))")
            }
        }
    }

    @Test func idsAreValidFHIRIdsAndReferencesResolveOrIdentify() throws {
        let resources = try ExportSample().resources()
        let idPattern = try Regex("^[A-Za-z0-9\\-.]{1,64}$")
        for (type, json, _) in resources {
            let id = json["id"] as? String ?? ""
            #expect(id.wholeMatch(of: idPattern) != nil, "\(type) id \(id)")
        }
        // Each reference is literal, logical (identifier with system and value) or a display (ref-1).
        for (type, json, _) in resources {
            for reference in Self.references(in: json) {
                let literal = reference["reference"] as? String
                let identifier = reference["identifier"] as? [String: Any]
                #expect(literal != nil || (identifier?["system"] != nil && identifier?["value"] != nil) || reference["display"] != nil,
                        "\(type): \(reference)")
            }
        }
    }

    @Test func theCheckerCatchesAMissingElement() throws {
        // The check above can fail: drop a required element and it is reported.
        var json = try ExportSample().resources().first { $0.type == "Goal" }!.json
        json["lifecycleStatus"] = nil
        #expect(!Self.present(["lifecycleStatus"], in: json))
        json["target"] = [["detailString": "x"]]
        #expect(!Self.present(["target", "*", "dueDate"], in: json))
    }

    /// Whether the path is present and non-empty in `value` (for `*`, in every element, of which there is at least one).
    static func present(_ path: [String], in value: Any?) -> Bool {
        guard let key = path.first else {
            if let s = value as? String { return !s.isEmpty }
            if let a = value as? [Any] { return !a.isEmpty }
            if let o = value as? [String: Any] { return !o.isEmpty }
            return value != nil && !(value is NSNull)
        }
        let rest = Array(path.dropFirst())
        if key == "*" {
            guard let array = value as? [Any], !array.isEmpty else { return false }
            return array.allSatisfy { present(rest, in: $0) }
        }
        guard let object = value as? [String: Any] else { return false }
        // Arrays are looked into implicitly (a.b on an array means every element's b).
        if let array = object[key] as? [Any], let next = rest.first, next != "*" {
            return !array.isEmpty && array.allSatisfy { present(rest, in: $0) }
        }
        return present(rest, in: object[key])
    }

    /// Every object that is a Reference (holds `reference`, or `identifier` beside `type`/`display`, or a lone `display`).
    static func references(in value: Any) -> [[String: Any]] {
        var found: [[String: Any]] = []
        if let object = value as? [String: Any] {
            let keys = Set(object.keys)
            if keys.contains("reference") && !(object["reference"] is [String: Any]) || (keys.contains("identifier") && keys.contains("type") && !(object["identifier"] is [Any])) || keys == ["display"] {
                found.append(object)
            }
            for child in object.values { found += references(in: child) }
        } else if let array = value as? [Any] {
            for child in array { found += references(in: child) }
        }
        return found
    }
}
