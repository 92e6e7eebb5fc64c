import Foundation

// The FHIR R4 data types tend reads, as small Decodable structs: every field optional, unknown
// fields ignored (JSONDecoder skips keys a type does not declare).

/// A code in a code system (`Coding`).
public struct FHIRCoding: Decodable, Equatable, Sendable {
    /// The code system URI.
    public var system: String?
    /// The code.
    public var code: String?
    /// Its display text.
    public var display: String?
}

/// Codings with a text (`CodeableConcept`).
public struct FHIRCodeableConcept: Decodable, Equatable, Sendable {
    /// The codings.
    public var coding: [FHIRCoding]?
    /// Plain text.
    public var text: String?

    /// Whether one coding has `code` in `system`.
    public func has(_ code: String, in system: String) -> Bool {
        (coding ?? []).contains { $0.system == system && $0.code == code }
    }

    /// The codes of the codings in `system`.
    public func codes(in system: String) -> [String] {
        (coding ?? []).filter { $0.system == system }.compactMap(\.code)
    }
}

/// An identifier (`Identifier`).
public struct FHIRIdentifier: Decodable, Equatable, Sendable {
    /// `usual`, `official`, `temp`, `secondary`, `old`.
    public var use: String?
    /// Its type (v2-0203 `MR`, `MB`, `MC`...).
    public var type: FHIRCodeableConcept?
    /// The namespace URI.
    public var system: String?
    /// The value.
    public var value: String?

    /// Whether its type is `code` of HL7 v2 table 0203.
    public func hasType(_ code: String) -> Bool { type?.has(code, in: FHIRSystem.identifierType) ?? false }
}

/// A reference to another resource (`Reference`).
public struct FHIRReference: Decodable, Equatable, Sendable {
    /// `Patient/123`, `urn:uuid:...` or an absolute URL.
    public var reference: String?
    /// A logical reference by identifier.
    public var identifier: FHIRIdentifier?
    /// Display text.
    public var display: String?
}

/// A person's name (`HumanName`).
public struct FHIRHumanName: Decodable, Equatable, Sendable {
    /// `usual`, `official`, `nickname`, `maiden`, `old`...
    public var use: String?
    /// Whole name as text.
    public var text: String?
    /// Family name.
    public var family: String?
    /// Given names.
    public var given: [String]?
}

/// A phone number, e-mail... (`ContactPoint`).
public struct FHIRContactPoint: Decodable, Equatable, Sendable {
    /// `phone`, `email`, `fax`...
    public var system: String?
    /// The number or address.
    public var value: String?
    /// `home`, `work`, `mobile`, `old`...
    public var use: String?
    /// Preference order (1 first).
    public var rank: Int?
}

/// A time span (`Period`): dates or date-times as written.
public struct FHIRPeriod: Decodable, Equatable, Sendable {
    /// Start.
    public var start: String?
    /// End.
    public var end: String?
}
