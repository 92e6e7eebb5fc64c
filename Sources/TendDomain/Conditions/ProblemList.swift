import Foundation

/// A patient's whole problem list (ICD-10-CM codes and SNOMED CT problems), as a key: many
/// patients share one, and eligibility is decided once per distinct list.
public struct ProblemList: Hashable, Sendable {
    /// The ICD-10-CM codes, in record order.
    public let codes: [ICD10Code]
    /// The SNOMED CT problems, in record order.
    public let snomed: [SNOMEDCode]

    /// The problem list of `patient`.
    public init(_ patient: Patient) {
        codes = patient.conditions
        snomed = patient.snomedProblems ?? []
    }
}
