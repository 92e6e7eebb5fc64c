import Foundation
import TendDomain

/// A care-plan goal as a US Core Goal: description, lifecycle status (open = active, met =
/// completed, discontinued = cancelled), achievement when met, and the target with its due date.
public struct FHIRGoalOut: Encodable, Equatable, Sendable {
    /// Always `Goal`.
    public let resourceType = "Goal"
    /// `P1234567-goal-3`.
    public var id: String
    /// US Core Goal.
    public var meta: FHIROut.Meta
    /// active, completed or cancelled.
    public var lifecycleStatus: String
    /// `achieved` for a met goal.
    public var achievementStatus: FHIROut.CodeableConcept?
    /// The goal's text.
    public var description: FHIROut.CodeableConcept
    /// The patient.
    public var subject: FHIROut.Reference
    /// The measurable target and when it is due.
    public var target: [Target]

    /// A goal's target.
    public struct Target: Encodable, Equatable, Sendable {
        /// The target as tend records it (free text, e.g. "HbA1c below 7.5%").
        public var detailString: String
        /// `YYYY-MM-DD`.
        public var dueDate: String
    }

    /// The Goal for `goal` of `patient`'s plan.
    public init(_ goal: Goal, of patient: Patient, context: FHIRExportContext) {
        id = FHIRExportID.goal(patient.id, goal.id)
        meta = FHIROut.Meta(profile: [FHIRExportSystem.Profile.goal])
        switch goal.status {
        case .open: lifecycleStatus = "active"
        case .met: lifecycleStatus = "completed"
        case .discontinued: lifecycleStatus = "cancelled"
        }
        achievementStatus = goal.status == .met ? .code(FHIRExportSystem.goalAchievement, "achieved", "Achieved") : nil
        description = FHIROut.CodeableConcept(text: goal.text)
        subject = context.patientReference(patient)
        target = [Target(detailString: goal.target, dueDate: goal.due.description)]
    }
}
