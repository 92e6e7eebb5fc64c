import Foundation

/// The nine elements of a comprehensive CCM care plan, in the rules' order (rules §3).
public enum CarePlanElement: String, Codable, CaseIterable, Comparable, CodingKeyRepresentable, Sendable {
    /// Problem list.
    case problems
    /// Expected outcome and prognosis.
    case prognosis
    /// Measurable treatment goals.
    case goals
    /// Symptom management.
    case symptoms
    /// Planned interventions and the individual responsible for each.
    case interventions
    /// Medication management.
    case medications
    /// Community and social services ordered.
    case services
    /// How outside agencies and specialists are directed and coordinated.
    case coordination
    /// Schedule for periodic review and, when applicable, revision.
    case review

    /// Heading shown on screens and in the patient's copy.
    public var title: String {
        switch self {
        case .problems: return "Problem list"
        case .prognosis: return "Expected outcome and prognosis"
        case .goals: return "Measurable treatment goals"
        case .symptoms: return "Symptom management"
        case .interventions: return "Planned interventions and who is responsible"
        case .medications: return "Medication management"
        case .services: return "Community and social services ordered"
        case .coordination: return "Coordination with outside agencies and specialists"
        case .review: return "Schedule for periodic review and revision"
        }
    }

    /// Orders as the rules list the elements.
    public static func < (lhs: CarePlanElement, rhs: CarePlanElement) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
