import Foundation
import TendDomain

/// One problem-list entry as a Condition (US Core Condition Problems and Health Concerns):
/// category `problem-list-item`, clinical status `active`, verification `confirmed`, the
/// ICD-10-CM coding (or, for a problem the EHR coded only in SNOMED CT, the SNOMED CT coding)
/// and, when the code is on the chronic-condition table, its category as text.
public struct FHIRConditionOut: Encodable, Equatable, Sendable {
    /// Always `Condition`.
    public let resourceType = "Condition"
    /// `P1234567-E11.9`.
    public var id: String
    /// US Core Condition.
    public var meta: FHIROut.Meta
    /// `active`: tend's problem list holds current problems only.
    public var clinicalStatus: FHIROut.CodeableConcept
    /// `confirmed`.
    public var verificationStatus: FHIROut.CodeableConcept
    /// `problem-list-item`.
    public var category: [FHIROut.CodeableConcept]
    /// The ICD-10-CM code.
    public var code: FHIROut.CodeableConcept
    /// The patient.
    public var subject: FHIROut.Reference

    /// The Condition for one code on `patient`'s problem list; `categoryName` is the chronic
    /// category the table gives the code, if any.
    public init(_ code: ICD10Code, of patient: Patient, categoryName: String?, context: FHIRExportContext) {
        self.init(id: FHIRExportID.condition(patient.id, code), system: FHIRSystem.icd10CM, code: code.rawValue, of: patient,
                  categoryName: categoryName, context: context)
    }

    /// The Condition for one SNOMED CT problem on `patient`'s problem list.
    public init(_ code: SNOMEDCode, of patient: Patient, categoryName: String?, context: FHIRExportContext) {
        self.init(id: FHIRExportID.condition(patient.id, code), system: FHIRSystem.snomed, code: code.rawValue, of: patient,
                  categoryName: categoryName, context: context)
    }

    private init(id: String, system: String, code: String, of patient: Patient, categoryName: String?, context: FHIRExportContext) {
        self.id = id
        meta = FHIROut.Meta(profile: [FHIRExportSystem.Profile.condition])
        clinicalStatus = .code(FHIRSystem.conditionClinical, "active", "Active")
        verificationStatus = .code(FHIRSystem.conditionVerification, "confirmed", "Confirmed")
        category = [.code(FHIRSystem.conditionCategory, "problem-list-item", "Problem List Item")]
        self.code = FHIROut.CodeableConcept(coding: [FHIROut.Coding(system: system, code: code)],
                                            text: categoryName.map { "\(code) (\($0))" } ?? code)
        subject = context.patientReference(patient)
    }
}
