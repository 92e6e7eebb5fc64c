import Foundation

/// A patient's comprehensive care plan with its full revision history and share records (rules §3).
///
/// The current state always equals the replay of `revisions`; change it only through `apply`.
public struct CarePlan: Codable, Equatable, Sendable {
    /// The patient the plan belongs to.
    public var patientId: PatientID
    /// Element texts keyed by element (encoded as an object keyed by raw value); empty ones absent.
    public var elements: [CarePlanElement: String]
    /// Treatment goals.
    public var goals: [Goal]
    /// Planned interventions with who is responsible.
    public var interventions: [Intervention]
    /// Every save, oldest first.
    public var revisions: [PlanRevision]
    /// Every copy given to the patient, in recording order.
    public var shares: [PlanShare]
    /// Optimistic-concurrency version kept by the store.
    public var version: Int

    /// Longest accepted element text, in characters.
    public static let maxElementLength = 8_000

    /// Creates an empty plan.
    public init(patientId: PatientID, version: Int = 1) {
        self.init(patientId: patientId, elements: [:], goals: [], interventions: [], revisions: [], shares: [], version: version)
    }

    /// Creates a plan from stored parts.
    public init(patientId: PatientID, elements: [CarePlanElement: String], goals: [Goal], interventions: [Intervention],
                revisions: [PlanRevision], shares: [PlanShare], version: Int) {
        self.patientId = patientId
        self.elements = elements
        self.goals = goals
        self.interventions = interventions
        self.revisions = revisions
        self.shares = shares
        self.version = version
    }

    /// The element's text, empty when unset.
    public func text(for element: CarePlanElement) -> String { elements[element] ?? "" }

    /// Whether the element is filled.
    ///
    /// The measurable-goals element is filled exactly when the plan has a measurable goal (a
    /// text, a target and a due date) that is open or met: one notion of goals, the one that
    /// makes the plan established. Free text never fills it. `interventions` also counts as
    /// filled when there is at least one structured intervention.
    public func isFilled(_ element: CarePlanElement) -> Bool {
        if element == .goals { return goals.contains(where: \.fillsGoalsElement) }
        if !text(for: element).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return true }
        return element == .interventions && !interventions.isEmpty
    }

    /// Elements still empty, in the rules' order.
    public var missingElements: [CarePlanElement] { CarePlanElement.allCases.filter { !isFilled($0) } }

    /// All nine elements filled.
    public var isComplete: Bool { missingElements.isEmpty }

    /// Has a problem list and at least one measurable goal (open or met): the problem-list and
    /// measurable-goals elements are both filled.
    ///
    /// This is the rule as the plan stands now; the billing gate uses the first save at which it
    /// held (`summary(in:).establishedOn`), and a plan once established stays so for billing.
    public var isEstablished: Bool { establishingElementsMissing.isEmpty }

    /// The elements the rule needs that are empty now (problem list, measurable goals).
    public var establishingElementsMissing: [CarePlanElement] { [.problems, .goals].filter { !isFilled($0) } }

    /// The id for a new goal: one more than any goal id the plan has ever used.
    public var nextGoalID: Int {
        let historic = revisions.flatMap(\.changes).compactMap { change -> Int? in
            switch change {
            case .addGoal(let goal), .updateGoal(let goal): return goal.id
            case .removeGoal(let id): return id
            default: return nil
            }
        }
        return ((historic + goals.map(\.id)).max() ?? 0) + 1
    }

    /// Records a save: applies `changes` in order and appends a revision by `author` at `at`.
    ///
    /// Application is total (a removal of something absent does nothing, adding a goal whose id
    /// exists replaces it); call `validate(_:)` first to reject such edits with a message.
    public mutating func apply(_ changes: [PlanChange], author: String, at: Date) {
        changes.forEach { applyOne($0) }
        revisions.append(PlanRevision(number: (revisions.last?.number ?? 0) + 1, at: at, author: author, changes: changes))
    }

    /// Throws a `DomainError` for the first change that is malformed or does not fit the plan
    /// as it stands after the changes before it.
    public func validate(_ changes: [PlanChange]) throws {
        var draft = self
        for change in changes {
            try draft.check(change)
            draft.applyOne(change)
        }
    }

    /// Records that a copy was given to the patient.
    public mutating func recordShare(_ share: PlanShare) {
        shares.append(share)
    }

    /// The plan as it stood at `instant`: revisions and shares recorded up to then.
    public func asOf(_ instant: Date) -> CarePlan {
        var plan = CarePlan(patientId: patientId, version: version)
        for revision in revisions where revision.at <= instant {
            revision.changes.forEach { plan.applyOne($0) }
            plan.revisions.append(revision)
        }
        plan.shares = shares.filter { $0.recordedAt <= instant }
        return plan
    }

    /// The facts the billing gates need, with dates in the practice's `timeZone`.
    public func summary(in timeZone: TimeZone) -> CarePlanSummary {
        var replay = CarePlan(patientId: patientId)
        var establishedOn: LocalDate?
        for revision in revisions {
            revision.changes.forEach { replay.applyOne($0) }
            if establishedOn == nil, replay.isEstablished {
                establishedOn = LocalDate(revision.at, in: timeZone)
            }
        }
        return CarePlanSummary(establishedOn: establishedOn, sharedOn: shares.map(\.date).sorted(),
                               lastRevisionAt: revisions.last?.at, lastRevisionBy: revisions.last?.author,
                               missingElements: missingElements)
    }

    private mutating func applyOne(_ change: PlanChange) {
        switch change {
        case .setElement(let element, let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            elements[element] = trimmed.isEmpty ? nil : trimmed
        case .addGoal(let goal), .updateGoal(let goal):
            if let index = goals.firstIndex(where: { $0.id == goal.id }) {
                goals[index] = goal
            } else {
                goals.append(goal)
            }
        case .removeGoal(let id):
            goals.removeAll { $0.id == id }
        case .addIntervention(let item):
            interventions.append(item)
        case .removeIntervention(let item):
            if let index = interventions.firstIndex(of: item) { interventions.remove(at: index) }
        }
    }

    private func check(_ change: PlanChange) throws {
        switch change {
        case .setElement(let element, let text):
            if element == .goals, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw DomainError("the measurable goals are the plan's goals, each with a target and a due date; free text cannot "
                    + "fill that element: add a goal with `tend plan goal ID TEXT --target T --due YYYY-MM-DD` "
                    + "(in the workstation, n on the care plan)")
            }
            try TextValidation.checkFreeText(text, field: element.title, maxLength: CarePlan.maxElementLength, allowNewlines: true)
        case .addGoal(let goal):
            guard goal.id > 0, !goals.contains(where: { $0.id == goal.id }) else {
                throw DomainError("goal \(goal.id) already exists (use the next free number, \(nextGoalID))")
            }
            try CarePlan.check(goal)
        case .updateGoal(let goal):
            guard goals.contains(where: { $0.id == goal.id }) else { throw DomainError("there is no goal \(goal.id) to update") }
            try CarePlan.check(goal)
        case .removeGoal(let id):
            guard goals.contains(where: { $0.id == id }) else { throw DomainError("there is no goal \(id) to remove") }
        case .addIntervention(let item):
            try TextValidation.checkRequiredText(item.text, field: "intervention", maxLength: 1_000)
            try TextValidation.checkRequiredText(item.responsible, field: "intervention responsible", maxLength: 200)
        case .removeIntervention(let item):
            guard interventions.contains(item) else { throw DomainError("there is no intervention '\(item.text)' to remove") }
        }
    }

    private static func check(_ goal: Goal) throws {
        try TextValidation.checkRequiredText(goal.text, field: "goal", maxLength: 1_000)
        try TextValidation.checkRequiredText(goal.target, field: "goal target", maxLength: 500)
    }
}
