import Foundation
import TendDomain

/// What every mapping needs besides the record: the MRN system of the practice's EHR, the staff
/// (for practitioner NPIs and names) and the practice's time zone (for dates).
public struct FHIRExportContext: Sendable {
    /// The system written on MRN identifiers (the EHR's own, so that it matches them).
    public var mrnSystem: String
    /// Staff members by login.
    public var staff: [String: StaffMember]
    /// The practice's time zone: instants become the local dates the EHR shows.
    public var timeZone: TimeZone

    /// Creates a context.
    public init(mrnSystem: String = FHIRExportSystem.defaultMRNSystem, staff: [StaffMember], timeZone: TimeZone) {
        self.mrnSystem = mrnSystem
        self.staff = Dictionary(staff.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        self.timeZone = timeZone
    }

    /// The MRN identifier (type `MR`).
    public func mrnIdentifier(_ mrn: String) -> FHIROut.Identifier {
        FHIROut.Identifier(use: "usual", type: .code(FHIRSystem.identifierType, "MR", "Medical record number"),
                           system: mrnSystem, value: mrn)
    }

    /// The reference to a patient: literal, to the Patient resource of the same export (an
    /// export always holds the Patient of every resource it writes), and logical, by MRN, when
    /// the patient has one, so that the EHR matches its own patient. The display is the name and
    /// date of birth, the two identifiers a person checks.
    public func patientReference(_ patient: Patient) -> FHIROut.Reference {
        FHIROut.Reference(reference: "Patient/\(FHIRExportID.patient(patient.id))", type: "Patient",
                          identifier: patient.mrn.map(mrnIdentifier),
                          display: "\(patient.name.displayName) (born \(patient.dateOfBirth))")
    }

    /// The reference to a staff member as a practitioner: by NPI when they have one, else their name only.
    public func practitionerReference(login: String) -> FHIROut.Reference {
        let member = staff[login]
        let display = member?.name ?? login
        guard let npi = member?.npi else { return FHIROut.Reference(display: display) }
        return FHIROut.Reference(type: "Practitioner", identifier: FHIROut.Identifier(system: FHIRSystem.npi, value: npi.rawValue),
                                 display: display)
    }

    /// A local date as FHIR writes dates.
    public func date(_ instant: Date) -> String { LocalDate(instant, in: timeZone).description }

    /// An instant as FHIR writes instants (UTC, seconds).
    public static func instant(_ date: Date) -> String { date.formatted(instantStyle) }

    /// `2026-11-16T17:00:00Z` (one style for every call: making a formatter per call is slow).
    private static let instantStyle = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
}

/// Resource ids derived from tend's own ids, so that every export gives a record the same id
/// (an EHR that stores them updates instead of duplicating). All match `[A-Za-z0-9\-.]{1,64}`.
public enum FHIRExportID {
    /// `P1234567`.
    public static func patient(_ id: PatientID) -> String { id.rawValue }
    /// `P1234567-E11.9`.
    public static func condition(_ id: PatientID, _ code: ICD10Code) -> String { "\(id.rawValue)-\(code.rawValue)" }
    /// `P1234567-sct-44054006` (a problem the EHR coded only in SNOMED CT).
    public static func condition(_ id: PatientID, _ code: SNOMEDCode) -> String { "\(id.rawValue)-sct-\(code.rawValue)" }
    /// `P1234567` (one plan per patient).
    public static func carePlan(_ id: PatientID) -> String { id.rawValue }
    /// `P1234567-goal-3` (goal numbers are never reused within a plan).
    public static func goal(_ id: PatientID, _ goal: Int) -> String { "\(id.rawValue)-goal-\(goal)" }
    /// `P1234567-ccm-1`: the program and the consent's place among that program's consents.
    public static func consent(_ id: PatientID, program: CareProgram, number: Int) -> String {
        "\(id.rawValue)-\(program.rawValue)-\(number)"
    }
    /// `P1234567-2026-10-99490`.
    public static func chargeItem(_ id: PatientID, month: YearMonth, code: CPTCode) -> String {
        "\(id.rawValue)-\(month)-\(code.rawValue)"
    }
    /// `P1234567-2026-10-audit-packet`.
    public static func auditPacket(_ id: PatientID, month: YearMonth) -> String { "\(id.rawValue)-\(month)-audit-packet" }
}
