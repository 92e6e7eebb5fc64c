import Foundation

/// A FHIR R4 `Patient` (US Core), the fields tend reads.
public struct FHIRPatient: Decodable, Equatable, Sendable {
    /// Logical id.
    public var id: String?
    /// Identifiers (MRN, MBI...).
    public var identifier: [FHIRIdentifier]?
    /// Names.
    public var name: [FHIRHumanName]?
    /// `YYYY-MM-DD` (or a partial date).
    public var birthDate: String?
    /// Phones, e-mails.
    public var telecom: [FHIRContactPoint]?
    /// Languages.
    public var communication: [Communication]?
    /// The patient's primary care providers.
    public var generalPractitioner: [FHIRReference]?

    /// A language the patient speaks.
    public struct Communication: Decodable, Equatable, Sendable {
        /// The language (BCP 47 code and display).
        public var language: FHIRCodeableConcept?
        /// Whether it is the preferred one.
        public var preferred: Bool?
    }
}

/// A FHIR R4 `Condition` (US Core), the fields tend reads.
public struct FHIRCondition: Decodable, Equatable, Sendable {
    /// Logical id.
    public var id: String?
    /// `active`, `recurrence`, `relapse`, `inactive`, `remission`, `resolved`.
    public var clinicalStatus: FHIRCodeableConcept?
    /// `confirmed`, `provisional`, `unconfirmed`, `refuted`, `entered-in-error`...
    public var verificationStatus: FHIRCodeableConcept?
    /// `problem-list-item`, `health-concern`, `encounter-diagnosis`.
    public var category: [FHIRCodeableConcept]?
    /// The problem (ICD-10-CM, SNOMED CT...).
    public var code: FHIRCodeableConcept?
    /// The patient.
    public var subject: FHIRReference?
    /// abatement[x] as a date-time.
    public var abatementDateTime: String?
    /// abatement[x] as a period.
    public var abatementPeriod: FHIRPeriod?
    /// abatement[x] as text.
    public var abatementString: String?
    /// abatement[x] as an age (only its presence is read).
    public var abatementAge: FHIRAnyValue?
    /// abatement[x] as a range (only its presence is read).
    public var abatementRange: FHIRAnyValue?
}

/// A FHIR R4 `Encounter` (US Core), the fields tend reads.
public struct FHIREncounter: Decodable, Equatable, Sendable {
    /// Logical id.
    public var id: String?
    /// `planned`, `in-progress`, `finished`, `cancelled`, `entered-in-error`...
    public var status: String?
    /// v3 ActCode: `AMB`, `HH`, `VR`, `IMP`, `ACUTE`, `NONAC`, `EMER`...
    public var `class`: FHIRCoding?
    /// Encounter types (CPT, HCPCS, SNOMED CT).
    public var type: [FHIRCodeableConcept]?
    /// Service type.
    public var serviceType: FHIRCodeableConcept?
    /// The patient.
    public var subject: FHIRReference?
    /// When it took place.
    public var period: FHIRPeriod?
    /// The facility or organization.
    public var serviceProvider: FHIRReference?
    /// Locations.
    public var location: [Location]?

    /// Where the encounter took place.
    public struct Location: Decodable, Equatable, Sendable {
        /// The location.
        public var location: FHIRReference?
    }
}

/// A FHIR R4 `Practitioner`, the fields tend reads.
public struct FHIRPractitioner: Decodable, Equatable, Sendable {
    /// Logical id.
    public var id: String?
    /// Identifiers (NPI).
    public var identifier: [FHIRIdentifier]?
    /// Names.
    public var name: [FHIRHumanName]?
}

/// A FHIR R4 `Coverage`, the fields tend reads (a Medicare coverage may carry the MBI).
public struct FHIRCoverage: Decodable, Equatable, Sendable {
    /// Logical id.
    public var id: String?
    /// `active`, `cancelled`, `draft`, `entered-in-error`.
    public var status: String?
    /// Identifiers (the MBI, by system or type MB/MC).
    public var identifier: [FHIRIdentifier]?
    /// The coverage type.
    public var type: FHIRCodeableConcept?
    /// The subscriber's id at the payer (the MBI for Medicare).
    public var subscriberId: String?
    /// The patient covered.
    public var beneficiary: FHIRReference?
    /// The payers.
    public var payor: [FHIRReference]?
}

/// Any JSON value whose content tend does not read, only its presence.
public struct FHIRAnyValue: Decodable, Equatable, Sendable {
    /// Accepts any value.
    public init(from decoder: Decoder) throws {}
}

/// One resource of a type tend reads.
public enum FHIRResource: Equatable, Sendable {
    /// A Patient.
    case patient(FHIRPatient)
    /// A Condition.
    case condition(FHIRCondition)
    /// An Encounter.
    case encounter(FHIREncounter)
    /// A Practitioner.
    case practitioner(FHIRPractitioner)
    /// A Coverage.
    case coverage(FHIRCoverage)

    /// The resource types tend reads; every other type is skipped and counted.
    public static let readTypes: Set<String> = ["Patient", "Condition", "Encounter", "Practitioner", "Coverage"]

    /// Decodes a resource of `type` (one of ``readTypes``) from its JSON bytes.
    static func decode(type: String, from json: Data, decoder: JSONDecoder) throws -> FHIRResource {
        switch type {
        case "Patient": return .patient(try decoder.decode(FHIRPatient.self, from: json))
        case "Condition": return .condition(try decoder.decode(FHIRCondition.self, from: json))
        case "Encounter": return .encounter(try decoder.decode(FHIREncounter.self, from: json))
        case "Practitioner": return .practitioner(try decoder.decode(FHIRPractitioner.self, from: json))
        case "Coverage": return .coverage(try decoder.decode(FHIRCoverage.self, from: json))
        default: preconditionFailure("not a type tend reads: \(type)")
        }
    }

    /// The resource's logical id.
    public var id: String? {
        switch self {
        case .patient(let r): return r.id
        case .condition(let r): return r.id
        case .encounter(let r): return r.id
        case .practitioner(let r): return r.id
        case .coverage(let r): return r.id
        }
    }

    /// `Patient`, `Condition`...
    public var typeName: String {
        switch self {
        case .patient: return "Patient"
        case .condition: return "Condition"
        case .encounter: return "Encounter"
        case .practitioner: return "Practitioner"
        case .coverage: return "Coverage"
        }
    }
}
