import Foundation
import TendDomain

/// A recorded consent conversation as a Consent: scope `treatment`, status (active, inactive
/// once revoked, rejected when declined), the date, the program (CCM, PCM, APCM) as a category,
/// each disclosure given as an extension and in the narrative, and the billing practitioner as
/// the provision's primary performer (by NPI).
public struct FHIRConsentOut: Encodable, Equatable, Sendable {
    /// Always `Consent`.
    public let resourceType = "Consent"
    /// `P1234567-ccm-1`.
    public var id: String
    /// The program, the method, the disclosures given and who obtained it, for people.
    public var text: FHIROut.Narrative
    /// One `consent-disclosure-given` extension per disclosure given (rules' order).
    public var `extension`: [FHIROut.Extension]?
    /// active, inactive (revoked) or rejected (declined).
    public var status: String
    /// `treatment`.
    public var scope: FHIROut.CodeableConcept
    /// LOINC 59284-0 (consent document) and the program.
    public var category: [FHIROut.CodeableConcept]
    /// The patient.
    public var patient: FHIROut.Reference
    /// The date the consent was obtained.
    public var dateTime: String
    /// `OPTIN` (the patient agrees to the program's services).
    public var policyRule: FHIROut.CodeableConcept
    /// Permit (deny when declined), from the consent date to the revocation, for the billing practitioner.
    public var provision: Provision

    /// What the consent allows.
    public struct Provision: Encodable, Equatable, Sendable {
        /// permit or deny.
        public var type: String
        /// From the consent date; to the revocation date when revoked.
        public var period: FHIROut.Period
        /// The billing practitioner the consent was given for.
        public var actor: [Actor]?
    }

    /// Who the provision is about.
    public struct Actor: Encodable, Equatable, Sendable {
        /// `PPRF` (primary performer).
        public var role: FHIROut.CodeableConcept
        /// The practitioner, by NPI.
        public var reference: FHIROut.Reference
    }

    /// The Consent for `consent`, the `number`th consent (from 1) of its program on `patient`'s record.
    public init(_ consent: Consent, number: Int, of patient: Patient, context: FHIRExportContext) {
        id = FHIRExportID.consent(patient.id, program: consent.program, number: number)
        let given = consent.disclosuresGiven.sorted()
        var body = XHTML.paragraph("\(consent.program.name) consent of \(patient.name.displayName), born \(patient.dateOfBirth): "
            + (consent.declined ? "declined" : "given") + " \(consent.method.rawValue) on \(consent.date), obtained by \(consent.obtainedBy)"
            + (consent.revokedOn.map { "; revoked on \($0)" } ?? ""))
        body += "<p>Disclosures given:</p><ul>" + given.map { "<li>" + XHTML.escape($0.namedLabel) + "</li>" }.joined() + "</ul>"
        if !consent.missingDisclosures.isEmpty {
            body += XHTML.paragraph("Not recorded as given: " + consent.missingDisclosures.map(\.rawValue).joined(separator: ", "))
        }
        text = FHIROut.Narrative(status: "generated", div: XHTML.div(body))
        let extensions = given.map { FHIROut.Extension(url: FHIRExportSystem.consentDisclosureExtension, valueCode: $0.rawValue) }
        `extension` = extensions.isEmpty ? nil : extensions
        status = consent.declined ? "rejected" : consent.revokedOn == nil ? "active" : "inactive"
        scope = .code(FHIRExportSystem.consentScope, "treatment", "Treatment")
        category = [
            .code(FHIRExportSystem.loinc, "59284-0", "Consent Document"),
            FHIROut.CodeableConcept(coding: [FHIROut.Coding(system: FHIRExportSystem.careProgram, code: consent.program.rawValue,
                                                            display: consent.program.label)], text: consent.program.label),
        ]
        self.patient = context.patientReference(patient)
        dateTime = consent.date.description
        policyRule = .code(FHIRExportSystem.actCode, "OPTIN", "opt-in")
        let actor = consent.billingPractitioner.map {
            [Actor(role: .code(FHIRExportSystem.participationType, "PPRF", "primary performer"),
                   reference: context.practitionerReference(login: $0))]
        }
        provision = Provision(type: consent.declined ? "deny" : "permit",
                              period: FHIROut.Period(start: consent.date.description, end: consent.revokedOn?.description),
                              actor: actor)
    }
}
