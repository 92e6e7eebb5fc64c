import Foundation

/// The code systems and identifier systems tend reads and writes (HL7 FHIR R4, US Core).
public enum FHIRSystem {
    /// ICD-10-CM diagnosis codes.
    public static let icd10CM = "http://hl7.org/fhir/sid/icd-10-cm"
    /// SNOMED CT.
    public static let snomed = "http://snomed.info/sct"
    /// US National Provider Identifier.
    public static let npi = "http://hl7.org/fhir/sid/us-npi"
    /// Medicare Beneficiary Identifier.
    public static let mbi = "http://hl7.org/fhir/sid/us-mbi"
    /// HL7 v2 table 0203, identifier types (`MR` for a medical record number).
    public static let identifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
    /// CPT procedure codes.
    public static let cpt = "http://www.ama-assn.org/go/cpt"
    /// Condition clinical status.
    public static let conditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical"
    /// Condition verification status.
    public static let conditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
    /// Condition category (`problem-list-item`, `encounter-diagnosis`).
    public static let conditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category"
    /// US Core condition category (`health-concern`).
    public static let usCoreConditionCategory = "http://hl7.org/fhir/us/core/CodeSystem/condition-category"
    /// Encounter class (v3 ActCode: `AMB`, `IMP`, `ACUTE`, `NONAC`, `VR`, `HH`).
    public static let actCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
}
