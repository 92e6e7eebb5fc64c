import Foundation
import TendDomain

/// One claim line of a closed month as a ChargeItem: status `billable`, the CPT or HCPCS code,
/// the units, the month as the occurrence period, the billing practitioner by NPI as performer,
/// the diagnoses as reasons and the month's audit packet as supporting information.
public struct FHIRChargeItemOut: Encodable, Equatable, Sendable {
    /// Always `ChargeItem`.
    public let resourceType = "ChargeItem"
    /// `P1234567-2026-10-99490`.
    public var id: String
    /// `billable`: the line of a closed month, ready for the claim.
    public var status: String
    /// The code billed.
    public var code: FHIROut.CodeableConcept
    /// The patient.
    public var subject: FHIROut.Reference
    /// The calendar month of service.
    public var occurrencePeriod: FHIROut.Period
    /// The billing practitioner.
    public var performer: [Performer]
    /// Units.
    public var quantity: Quantity
    /// The ICD-10-CM codes the month's counted time addressed.
    public var reason: [FHIROut.CodeableConcept]?
    /// The month's audit packet (a DocumentReference of the same export).
    public var supportingInformation: [FHIROut.Reference]

    /// Who performed the service.
    public struct Performer: Encodable, Equatable, Sendable {
        /// The practitioner, by NPI.
        public var actor: FHIROut.Reference
    }

    /// A count of units.
    public struct Quantity: Encodable, Equatable, Sendable {
        /// The units.
        public var value: Int
    }

    /// The ChargeItem for `line`, on `patient`.
    public init(_ line: ClaimLine, of patient: Patient, context: FHIRExportContext) {
        id = FHIRExportID.chargeItem(line.patientId, month: line.month, code: line.code)
        status = "billable"
        let system = line.code.rawValue.first?.isLetter == true ? FHIRExportSystem.hcpcs : FHIRSystem.cpt
        code = FHIROut.CodeableConcept(coding: [FHIROut.Coding(system: system, code: line.code.rawValue, display: line.code.label)],
                                       text: line.code.label)
        subject = context.patientReference(patient)
        occurrencePeriod = FHIROut.Period(start: line.month.firstDay.description, end: line.month.lastDay.description)
        performer = [Performer(actor: FHIROut.Reference(type: "Practitioner",
                                                        identifier: FHIROut.Identifier(system: FHIRSystem.npi, value: line.npi),
                                                        display: line.practitionerName))]
        quantity = Quantity(value: line.units)
        let reasons = line.diagnoses.map { FHIROut.CodeableConcept.code(FHIRSystem.icd10CM, $0.rawValue) }
        reason = reasons.isEmpty ? nil : reasons
        supportingInformation = [FHIROut.Reference(reference: "DocumentReference/\(FHIRExportID.auditPacket(line.patientId, month: line.month))")]
    }
}
