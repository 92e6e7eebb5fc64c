import Foundation

/// What was done during a time entry.
public enum Activity: String, Codable, CaseIterable, Sendable {
    /// Phone call with the patient or caregiver.
    case call
    /// Reviewing or revising the care plan.
    case planReview = "plan-review"
    /// Medication reconciliation.
    case medication
    /// Coordination with other providers or services.
    case coordination
    /// Follow-up after a care transition.
    case transition
    /// Patient or caregiver education.
    case education
    /// Anything else.
    case other

    /// Human label, e.g. "medication reconciliation".
    public var label: String {
        switch self {
        case .call: return "phone call"
        case .planReview: return "care-plan review"
        case .medication: return "medication reconciliation"
        case .coordination: return "care coordination"
        case .transition: return "transition follow-up"
        case .education: return "education"
        case .other: return "other"
        }
    }
}
