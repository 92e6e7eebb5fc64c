import Foundation
import TendDomain

/// A Patient as tend writes it (US Core Patient): identifiers (MRN with type `MR`, MBI, tend's
/// id), the official name, birth date, phone, preferred language and the billing practitioner
/// as general practitioner by NPI. tend does not record sex: `gender` is written as absent
/// (data-absent-reason `unknown`), which US Core allows for its required element.
public struct FHIRPatientOut: Encodable, Equatable, Sendable {
    /// Always `Patient`.
    public let resourceType = "Patient"
    /// tend's patient id.
    public var id: String
    /// US Core Patient.
    public var meta: FHIROut.Meta
    /// MRN, MBI and tend's id.
    public var identifier: [FHIROut.Identifier]
    /// The name.
    public var name: [FHIROut.HumanName]
    /// The phone.
    public var telecom: [FHIROut.ContactPoint]?
    /// Absent with a reason (see the type's note).
    public var _gender: FHIROut.PrimitiveExtensions
    /// `YYYY-MM-DD`.
    public var birthDate: String
    /// The preferred language.
    public var communication: [Communication]?
    /// The billing practitioner.
    public var generalPractitioner: [FHIROut.Reference]?

    /// A language the patient speaks.
    public struct Communication: Encodable, Equatable, Sendable {
        /// The language (a BCP-47 coding when tend's text is a tag, always the text).
        public var language: FHIROut.CodeableConcept
        /// Always true: tend keeps the preferred language only.
        public var preferred: Bool
    }

    /// The Patient for `patient`.
    public init(_ patient: Patient, context: FHIRExportContext) {
        id = FHIRExportID.patient(patient.id)
        meta = FHIROut.Meta(profile: [FHIRExportSystem.Profile.patient])
        var identifiers: [FHIROut.Identifier] = []
        if let mrn = patient.mrn { identifiers.append(context.mrnIdentifier(mrn)) }
        if let mbi = patient.mbi {
            identifiers.append(FHIROut.Identifier(type: .code(FHIRSystem.identifierType, "MC", "Patient's Medicare number"),
                                                  system: FHIRSystem.mbi, value: mbi.rawValue))
        }
        identifiers.append(FHIROut.Identifier(use: "secondary", system: FHIRExportSystem.tendPatientID, value: patient.id.rawValue))
        identifier = identifiers
        name = [FHIROut.HumanName(use: "official", family: patient.name.family, given: [patient.name.given])]
        telecom = patient.phone.map { [FHIROut.ContactPoint(system: "phone", value: $0.rawValue, use: "home")] }
        _gender = .unknown
        birthDate = patient.dateOfBirth.description
        communication = patient.language.map { language in
            let coding = Self.looksLikeLanguageTag(language) ? [FHIROut.Coding(system: FHIRExportSystem.bcp47, code: language)] : nil
            return [Communication(language: FHIROut.CodeableConcept(coding: coding, text: language), preferred: true)]
        }
        generalPractitioner = patient.billingPractitioner.map { [context.practitionerReference(login: $0)] }
    }

    /// Whether text is shaped like a BCP-47 tag (`es`, `en-US`, `zh-Hant`), not a language's name.
    static func looksLikeLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
