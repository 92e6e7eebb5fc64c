import Foundation
import TendDomain

/// A care plan as a US Core CarePlan: category `assess-plan`, status from the patient's
/// enrollment, period from the first save, the nine elements as the narrative (escaped XHTML),
/// the interventions as activities with who is responsible, and the goals referenced.
public struct FHIRCarePlanOut: Encodable, Equatable, Sendable {
    /// Always `CarePlan`.
    public let resourceType = "CarePlan"
    /// The patient's id (one plan per patient).
    public var id: String
    /// US Core CarePlan.
    public var meta: FHIROut.Meta
    /// The nine elements, every one with its heading; an empty one says "not yet recorded".
    public var text: FHIROut.Narrative
    /// draft (not enrolled), active (enrolled), revoked (left the program or declined).
    public var status: String
    /// Always `plan`.
    public var intent: String
    /// `assess-plan`.
    public var category: [FHIROut.CodeableConcept]
    /// "Comprehensive care plan".
    public var title: String
    /// The patient.
    public var subject: FHIROut.Reference
    /// From the first save (local date).
    public var period: FHIROut.Period?
    /// When the plan was last saved (UTC instant).
    public var created: String?
    /// Who saved it last.
    public var author: FHIROut.Reference?
    /// The problem list, as the Conditions of the same export.
    public var addresses: [FHIROut.Reference]?
    /// The goals, as the Goals of the same export.
    public var goal: [FHIROut.Reference]?
    /// The planned interventions.
    public var activity: [Activity]?

    /// One planned intervention.
    public struct Activity: Encodable, Equatable, Sendable {
        /// What is done and by whom.
        public var detail: Detail
    }

    /// An activity's detail.
    public struct Detail: Encodable, Equatable, Sendable {
        /// `in-progress` for an active plan, else `not-started`.
        public var status: String
        /// What will be done.
        public var description: String
        /// Who is responsible, as tend records it (a name, a role or a login).
        public var performer: [FHIROut.Reference]
    }

    /// The CarePlan for `plan` of `patient`, or nil when the plan was never saved.
    public init?(_ plan: CarePlan, of patient: Patient, context: FHIRExportContext) {
        guard let first = plan.revisions.first, let last = plan.revisions.last else { return nil }
        id = FHIRExportID.carePlan(patient.id)
        meta = FHIROut.Meta(profile: [FHIRExportSystem.Profile.carePlan])
        text = FHIROut.Narrative(status: "additional", div: Self.narrative(plan, of: patient))
        switch patient.status {
        case .enrolled: status = "active"
        case .disenrolled, .declined: status = "revoked"
        case .candidate: status = "draft"
        }
        intent = "plan"
        category = [.code(FHIRExportSystem.carePlanCategory, "assess-plan", "Assessment and Plan of Treatment")]
        title = "Comprehensive care plan"
        subject = context.patientReference(patient)
        period = FHIROut.Period(start: context.date(first.at))
        created = FHIRExportContext.instant(last.at)
        author = context.practitionerReference(login: last.author)
        let conditions = patient.conditions.map { FHIROut.Reference(reference: "Condition/\(FHIRExportID.condition(patient.id, $0))") }
            + (patient.snomedProblems ?? []).map { FHIROut.Reference(reference: "Condition/\(FHIRExportID.condition(patient.id, $0))") }
        addresses = conditions.isEmpty ? nil : conditions
        let goals = plan.goals.map { FHIROut.Reference(reference: "Goal/\(FHIRExportID.goal(patient.id, $0.id))", display: $0.text) }
        goal = goals.isEmpty ? nil : goals
        let detailStatus = status == "active" ? "in-progress" : "not-started"
        let activities = plan.interventions.map {
            Activity(detail: Detail(status: detailStatus, description: $0.text, performer: [FHIROut.Reference(display: $0.responsible)]))
        }
        activity = activities.isEmpty ? nil : activities
    }

    /// The nine elements in the rules' order, each a heading and its text, goals and
    /// interventions listed; every stored string escaped.
    static func narrative(_ plan: CarePlan, of patient: Patient) -> String {
        var body = "<h2>Comprehensive care plan</h2>"
        body += XHTML.paragraph("Patient: \(patient.name.displayName), born \(patient.dateOfBirth)")
        for element in CarePlanElement.allCases {
            body += "<h3>" + XHTML.escape(element.title) + "</h3>"
            let text = plan.text(for: element)
            if !text.isEmpty { body += XHTML.paragraph(text) }
            if element == .goals, !plan.goals.isEmpty {
                body += "<ul>" + plan.goals.map { goal in
                    "<li>" + XHTML.escape("\(goal.id). \(goal.text): target \(goal.target), by \(goal.due) (\(goal.status.label))") + "</li>"
                }.joined() + "</ul>"
            }
            if element == .interventions, !plan.interventions.isEmpty {
                body += "<ul>" + plan.interventions.map { item in
                    "<li>" + XHTML.escape("\(item.text) (responsible: \(item.responsible))") + "</li>"
                }.joined() + "</ul>"
            }
            if !plan.isFilled(element) { body += "<p>(not yet recorded)</p>" }
        }
        return XHTML.div(body)
    }
}
