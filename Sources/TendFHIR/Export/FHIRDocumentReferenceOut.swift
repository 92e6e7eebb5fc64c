import Foundation
import TendDomain

/// A patient-month's audit packet (plain text, as `tend audit packet` prints it) as a US Core
/// DocumentReference: status `current`, the text as a base64 attachment, the month as the
/// context period.
public struct FHIRDocumentReferenceOut: Encodable, Equatable, Sendable {
    /// Always `DocumentReference`.
    public let resourceType = "DocumentReference"
    /// `P1234567-2026-10-audit-packet`.
    public var id: String
    /// US Core DocumentReference.
    public var meta: FHIROut.Meta
    /// `current`.
    public var status: String
    /// `final` once the month is closed.
    public var docStatus: String
    /// tend's `audit-packet` (no LOINC document type names a Medicare care-management audit packet).
    public var type: FHIROut.CodeableConcept
    /// `clinical-note`.
    public var category: [FHIROut.CodeableConcept]
    /// The patient.
    public var subject: FHIROut.Reference
    /// When the packet was assembled (the export's instant).
    public var date: String
    /// The billing practitioner.
    public var author: [FHIROut.Reference]?
    /// What the document is.
    public var description: String
    /// The text.
    public var content: [Content]
    /// The month.
    public var context: Context

    /// One rendition of the document.
    public struct Content: Encodable, Equatable, Sendable {
        /// The text, base64.
        public var attachment: FHIROut.Attachment
    }

    /// The clinical context.
    public struct Context: Encodable, Equatable, Sendable {
        /// The calendar month.
        public var period: FHIROut.Period
    }

    /// The DocumentReference holding `text`, the audit packet of `patient` for `month`,
    /// assembled at `assembledAt`.
    public init(packetText text: String, month: YearMonth, of patient: Patient, assembledAt: Date, context: FHIRExportContext) {
        id = FHIRExportID.auditPacket(patient.id, month: month)
        meta = FHIROut.Meta(profile: [FHIRExportSystem.Profile.documentReference])
        status = "current"
        docStatus = "final"
        type = FHIROut.CodeableConcept(coding: [FHIROut.Coding(system: FHIRExportSystem.documentType, code: "audit-packet",
                                                               display: "Care management audit packet")],
                                       text: "Care management audit packet")
        category = [.code(FHIRExportSystem.documentCategory, "clinical-note", "Clinical Note")]
        subject = context.patientReference(patient)
        date = FHIRExportContext.instant(assembledAt)
        author = patient.billingPractitioner.map { [context.practitionerReference(login: $0)] }
        description = "Audit packet for \(month): consent, care plan, time entries, gates and codes billed"
        content = [Content(attachment: FHIROut.Attachment(text: text, title: "Audit packet \(month)",
                                                          creation: FHIRExportContext.instant(assembledAt)))]
        self.context = Context(period: FHIROut.Period(start: month.firstDay.description, end: month.lastDay.description))
    }
}
