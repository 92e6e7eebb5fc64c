import Foundation

/// A condition that must hold for a patient-month to be billable (rules §5), in the table's order.
public enum Gate: String, Codable, CaseIterable, Sendable {
    /// Fewer than two distinct chronic-condition categories.
    case notEligible = "not-eligible"
    /// PCM: the enrollment names no condition, or one not on the problem list or the chronic list.
    case noPCMCondition = "no-pcm-condition"
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
    /// Another practitioner billed this month's program for this patient-month.
    case billedElsewhere = "billed-elsewhere"
    /// The month's program is excluded by another service for the same patient-month (rules §9).
    case programExcluded = "program-excluded"
    /// APCM: no care-management service (a counting time entry or a reached call) documented in the month.
    case noServiceDocumented = "no-service-documented"
    /// The minutes reach no code.
    case belowThreshold = "below-threshold"

    /// Whether a month billed under `program` is judged by this gate: CCM's two categories and
    /// PCM's condition belong to their program, APCM asks for a documented service instead of
    /// minutes; every other gate applies to all three.
    public func applies(to program: CareProgram) -> Bool {
        switch self {
        case .notEligible: return program == .ccm
        case .noPCMCondition: return program == .pcm
        case .noServiceDocumented: return program == .apcm
        case .belowThreshold: return program != .apcm
        default: return true
        }
    }

    /// The gates of `program`, in the rules' order.
    public static func gates(for program: CareProgram) -> [Gate] { allCases.filter { $0.applies(to: program) } }

    /// Why the gate fails for a month billed under `program`, in words.
    public func explanation(for program: CareProgram) -> String {
        switch self {
        case .notEligible: return "fewer than two distinct chronic-condition categories on the problem list"
        case .noPCMCondition: return "PCM needs its one high-risk condition named on the enrollment, on the problem list and on the chronic list"
        case .noConsent:
            let count = Disclosure.required(for: program).count
            let prefix = program == .ccm ? "" : "\(program.name) "
            return "no counting \(prefix)consent (all \(count == 4 ? "four" : "three") disclosures, not declined, current billing practitioner) dated on or before the last day of the month"
        case .consentRevoked: return "the patient revoked \(program == .ccm ? "" : program.name + " ")consent in an earlier month"
        case .noInitiatingVisit:
            return "no qualifying visit (AWV, IPPE or E/M) in the \(InitiatingVisitRule.lookBackText(for: program)) before the consent date"
        case .noCarePlan: return "no established care plan (problem list and a measurable goal) on or before the last day of the month"
        case .carePlanNotShared: return "no record of a copy of the care plan given to the patient on or before the last day of the month"
        case .billedElsewhere: return "someone recorded that another practitioner billed \(program.name) for this month (only one practitioner bills it a month)"
        case .programExcluded: return "someone recorded that another practitioner billed a program for this month that excludes \(program.name)"
        case .noServiceDocumented: return "no care-management service (a counting time entry or a reached call) documented this month"
        case .belowThreshold:
            switch program {
            case .ccm: return "the month's minutes reach no code"
            case .pcm: return "the month's minutes reach no PCM code (99424 or 99426 need 30)"
            case .apcm: return "APCM has no time threshold"
            }
        }
    }
}
