import Foundation

/// The URIs only the export writes (the shared ones are in ``FHIRSystem``).
public enum FHIRExportSystem {
    /// tend's own patient ids (`P…`), written as a secondary identifier.
    public static let tendPatientID = "urn:tend:patient-id"
    /// The MRN system written when the practice names none (`--mrn-system` names the EHR's).
    public static let defaultMRNSystem = "urn:tend:mrn"
    /// tend's care programs (`ccm`, `pcm`, `apcm`), as a consent category.
    public static let careProgram = "urn:tend:care-program"
    /// The consent disclosures tend records (`availability`, `cost-sharing`, ...).
    public static let consentDisclosure = "urn:tend:consent-disclosure"
    /// The extension carrying one disclosure given, on a Consent.
    public static let consentDisclosureExtension = "urn:tend:fhir:StructureDefinition:consent-disclosure-given"
    /// tend's document types (`audit-packet`).
    public static let documentType = "urn:tend:document-type"
    /// HCPCS Level II codes (the G codes).
    public static let hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
    /// The data-absent-reason extension.
    public static let dataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
    /// US Core care-plan category (`assess-plan`).
    public static let carePlanCategory = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
    /// Consent scope (`treatment`).
    public static let consentScope = "http://terminology.hl7.org/CodeSystem/consentscope"
    /// Consent category codes (LOINC).
    public static let loinc = "http://loinc.org"
    /// HL7 v3 ActCode (`OPTIN`).
    public static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    /// HL7 v3 participation type (`PPRF`, primary performer).
    public static let participationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
    /// Goal achievement status.
    public static let goalAchievement = "http://terminology.hl7.org/CodeSystem/goal-achievement"
    /// US Core DocumentReference category (`clinical-note`).
    public static let documentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
    /// BCP-47 language tags.
    public static let bcp47 = "urn:ietf:bcp:47"

    /// US Core profiles claimed in `meta.profile`.
    public enum Profile {
        /// US Core Patient.
        public static let patient = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"
        /// US Core Condition (problems and health concerns).
        public static let condition = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-condition-problems-health-concerns"
        /// US Core CarePlan.
        public static let carePlan = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan"
        /// US Core Goal.
        public static let goal = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-goal"
        /// US Core DocumentReference.
        public static let documentReference = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference"
    }
}
