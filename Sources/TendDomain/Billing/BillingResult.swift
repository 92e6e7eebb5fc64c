import Foundation

/// Why an entry, or part of one, does not count toward a month.
public enum ExclusionReason: String, Codable, CaseIterable, Sendable {
    /// The entry was voided.
    case voided
    /// Time on a local date before the counting consent's date.
    case beforeConsent = "before-consent"
    /// The entry lies outside the month being evaluated.
    case outsideMonth = "outside-month"
    /// The entry belongs to another patient.
    case otherPatient = "other-patient"
    /// Time on a day the patient was a hospital or SNF inpatient (rules §9).
    case inpatient
    /// The entry documents a care transition's interactive contact: TCM work, counted once (docs/rules.md).
    case tcmContact = "tcm-contact"

    /// Human label.
    public var label: String {
        switch self {
        case .voided: return "voided"
        case .beforeConsent: return "before the consent date"
        case .outsideMonth: return "outside this month"
        case .otherPatient: return "another patient's entry"
        case .inpatient: return "during an inpatient stay"
        case .tcmContact: return "the TCM interactive contact"
        }
    }
}

/// An entry (or part of one) that did not count.
public struct ExcludedEntry: Codable, Equatable, Sendable {
    /// The entry.
    public var entryID: EntryID
    /// Why.
    public var reason: ExclusionReason
    /// Seconds that did not count (less than the entry's length when it counted in part).
    public var seconds: Int

    /// Creates an exclusion.
    public init(entryID: EntryID, reason: ExclusionReason, seconds: Int) {
        self.entryID = entryID
        self.reason = reason
        self.seconds = seconds
    }
}

/// The billing verdict for one patient-month (rules §4-§5).
public struct BillingResult: Codable, Equatable, Sendable {
    /// The month.
    public var month: YearMonth
    /// The patient.
    public var patientId: PatientID
    /// The program the month was evaluated under.
    public var program: CareProgram
    /// Counting clinical-staff seconds.
    public var clinicalSeconds: Int
    /// Counting practitioner seconds.
    public var practitionerSeconds: Int
    /// C = floor(clinicalSeconds / 60).
    public var clinicalMinutes: Int
    /// P = floor(practitionerSeconds / 60).
    public var practitionerMinutes: Int
    /// T = C + P.
    public var totalMinutes: Int
    /// Whether a practitioner marked the month complex.
    public var complex: Bool
    /// Every valid code set, in the order A, B, Cp.
    public var candidates: [CodeSet]
    /// The valid set paying most (ties: A, then B, then Cp), if any.
    public var recommended: CodeSet?
    /// Every failing gate, in the rules' order.
    public var blockers: [Gate]
    /// A recommendation exists and no gate fails.
    public var isBillable: Bool
    /// The recommended lines when billable, else empty.
    public var codes: [CodeLine]
    /// The recommended payment when billable, else 0.
    public var payment: Decimal
    /// The valid sets other than the recommended one.
    public var alternatives: [CodeSet]
    /// The date of the counting consent, when there is one.
    public var consentDate: LocalDate?
    /// Entries that counted (wholly or in part), in start order.
    public var countingEntryIDs: [EntryID]
    /// Entries or parts that did not count, with reasons.
    public var excluded: [ExcludedEntry]

    /// Creates a result.
    public init(month: YearMonth, patientId: PatientID, clinicalSeconds: Int, practitionerSeconds: Int,
                clinicalMinutes: Int, practitionerMinutes: Int, totalMinutes: Int, complex: Bool,
                candidates: [CodeSet], recommended: CodeSet?, blockers: [Gate], isBillable: Bool,
                codes: [CodeLine], payment: Decimal, alternatives: [CodeSet], consentDate: LocalDate?,
                countingEntryIDs: [EntryID], excluded: [ExcludedEntry], program: CareProgram = .ccm) {
        self.program = program
        self.month = month
        self.patientId = patientId
        self.clinicalSeconds = clinicalSeconds
        self.practitionerSeconds = practitionerSeconds
        self.clinicalMinutes = clinicalMinutes
        self.practitionerMinutes = practitionerMinutes
        self.totalMinutes = totalMinutes
        self.complex = complex
        self.candidates = candidates
        self.recommended = recommended
        self.blockers = blockers
        self.isBillable = isBillable
        self.codes = codes
        self.payment = payment
        self.alternatives = alternatives
        self.consentDate = consentDate
        self.countingEntryIDs = countingEntryIDs
        self.excluded = excluded
    }
}
