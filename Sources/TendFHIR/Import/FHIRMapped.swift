import Foundation
import TendDomain

/// Where a resource was read: the file (as the user named it) and the line.
public struct FHIRSource: Hashable, Sendable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// The line where the resource starts.
    public var line: Int
    /// The resource, `Condition/abc`.
    public var resource: String

    /// Creates a source.
    public init(file: String, line: Int, resource: String) {
        self.file = file
        self.line = line
        self.resource = resource
    }

    /// `FILE line N (Type/id)`.
    public var description: String { "\(file) line \(line) (\(resource))" }
}

/// What tend takes from one FHIR Patient.
public struct MappedPatient: Sendable {
    /// Where it was read.
    public var source: FHIRSource
    /// The keys other resources reference it by.
    public var keys: [String]
    /// Name (official, else usual, else first); nil when the resource has none usable.
    public var name: PersonName?
    /// Date of birth; nil when missing or partial.
    public var dateOfBirth: LocalDate?
    /// The identifier of type MR.
    public var mrn: String?
    /// A valid MBI.
    public var mbi: MBI?
    /// The first valid phone (by rank; old numbers skipped).
    public var phone: PhoneNumber?
    /// The preferred language (its text or display).
    public var language: String?
    /// References to the general practitioners.
    public var practitionerKeys: [String]
    /// NPIs the general-practitioner references carry as identifiers (valid ones).
    public var practitionerNPIs: [NPI]
    /// Why the patient cannot be imported (no name, no birth date, no MRN or MBI); nil when it can.
    public var unusable: String?
    /// What was reported and not stored (an invalid MBI, phone...).
    public var notes: [String]
}

/// What tend takes from one FHIR Condition.
public struct MappedCondition: Sendable {
    /// Where it was read.
    public var source: FHIRSource
    /// The reference key of its patient.
    public var subject: String?
    /// ICD-10-CM codes when it counts (on the problem list), else empty.
    public var icd10: [ICD10Code]
    /// SNOMED CT codes when it counts and carries no ICD-10-CM coding, else empty.
    public var snomed: [SNOMEDCode]
    /// Why it does not go on the problem list; nil when it does.
    public var notCounted: String?
}

/// A stay read from an inpatient or SNF Encounter.
public struct MappedStay: Hashable, Sendable {
    /// Hospital or SNF.
    public var kind: StayKind
    /// Admission date.
    public var admit: LocalDate
    /// Discharge date.
    public var discharge: LocalDate
    /// The facility named by the encounter, if any.
    public var facility: String?
}

/// What tend takes from one FHIR Encounter.
public struct MappedEncounter: Sendable {
    /// What the encounter is to tend.
    public enum Outcome: Sendable {
        /// A qualifying visit.
        case visit(QualifyingVisit)
        /// An inpatient or SNF stay.
        case stay(MappedStay)
        /// Not used, with the reason (counted, not listed one by one).
        case ignored(String)
    }
    /// Where it was read.
    public var source: FHIRSource
    /// The reference key of its patient.
    public var subject: String?
    /// What it is.
    public var outcome: Outcome
}

/// What tend takes from one FHIR Practitioner.
public struct MappedPractitioner: Sendable {
    /// Where it was read.
    public var source: FHIRSource
    /// The keys Patients reference it by.
    public var keys: [String]
    /// Its NPI when valid.
    public var npi: NPI?
    /// What was reported (an NPI failing its check digit).
    public var notes: [String]
}

/// What tend takes from one FHIR Coverage.
public struct MappedCoverage: Sendable {
    /// Where it was read.
    public var source: FHIRSource
    /// The reference key of the beneficiary.
    public var subject: String?
    /// The MBI when valid.
    public var mbi: MBI?
    /// What was reported (an invalid MBI).
    public var notes: [String]
}

/// One mapped resource.
public enum MappedResource: Sendable {
    /// A Patient.
    case patient(MappedPatient)
    /// A Condition.
    case condition(MappedCondition)
    /// An Encounter.
    case encounter(MappedEncounter)
    /// A Practitioner.
    case practitioner(MappedPractitioner)
    /// A Coverage.
    case coverage(MappedCoverage)
}
