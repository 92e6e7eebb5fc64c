import Foundation

/// A condition that must hold for a patient-month to be billable (rules §5), in the table's order.
public enum Gate: String, Codable, CaseIterable, Sendable {
    /// Fewer than two distinct chronic-condition categories.
    case notEligible = "not-eligible"
    /// No counting consent to the month's program dated on or before the last day of the month.
    case noConsent = "no-consent"
    /// The consent was revoked in an earlier month.
    case consentRevoked = "consent-revoked"
    /// No qualifying visit in the 12 months before the consent date.
    case noInitiatingVisit = "no-initiating-visit"
    /// No established care plan on or before the last day of the month.
    case noCarePlan = "no-care-plan"
    /// No copy of the plan given to the patient on or before the last day of the month.
    case carePlanNotShared = "care-plan-not-shared"
    /// Another practitioner billed CCM (or APCM) for this patient-month.
    case billedElsewhere = "billed-elsewhere"
    /// The month's program is excluded by another service for the same patient-month (rules §9).
    case programExcluded = "program-excluded"
    /// APCM: no care-management service (a counting time entry or a reached call) documented in the month.
    case noServiceDocumented = "no-service-documented"
    /// The minutes reach no code.
    case belowThreshold = "below-threshold"

    /// Why the gate fails, in words.
    public var explanation: String {
        switch self {
        case .notEligible: return "fewer than two distinct chronic-condition categories on the problem list"
        case .noConsent: return "no counting consent to the month's program (each of its disclosures given, not declined, current billing practitioner) dated on or before the last day of the month"
        case .consentRevoked: return "the patient revoked consent in an earlier month"
        case .noInitiatingVisit: return "no qualifying visit (AWV, IPPE or E/M) in the 12 months before the consent date"
        case .noCarePlan: return "no established care plan (problem list and a measurable goal) on or before the last day of the month"
        case .carePlanNotShared: return "no record of a copy of the care plan given to the patient on or before the last day of the month"
        case .billedElsewhere: return "someone recorded that another practitioner billed CCM or APCM for this month"
        case .programExcluded: return "another program billed for this patient-month excludes this one"
        case .noServiceDocumented: return "no care-management service (a time entry or a reached call) documented this month"
        case .belowThreshold: return "the month's minutes reach no code"
        }
    }
}
